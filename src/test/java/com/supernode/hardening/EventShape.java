package com.supernode.hardening;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The three ways SCF hands a request to a function, and how each wraps the request text. */
enum EventShape {
  /** An API Gateway event: the request is the {@code body} string. */
  API_GATEWAY("apiGateway"),
  /** A timer event: the request is the {@code Message} string. */
  TIMER("timer"),
  /** A direct invocation: the event is the request, parsed by the runtime into a map. */
  DIRECT("direct");

  private static final Gson GSON = new Gson();
  /** Used when a function has no API Gateway path of its own. */
  private static final String UNSERVED_PATH = "/not-served";

  private final String jsonName;

  EventShape(String jsonName) {
    this.jsonName = jsonName;
  }

  /** Returns the name corpus files use for this shape. */
  String jsonName() {
    return jsonName;
  }

  static EventShape fromJsonName(String name) {
    for (EventShape shape : values()) {
      if (shape.jsonName.equals(name)) {
        return shape;
      }
    }
    throw new IllegalArgumentException("unknown event shape '" + name
        + "'; expected apiGateway, timer or direct");
  }

  /**
   * Builds a mutable event of this shape that carries {@code request}, as SCF would pass it to
   * {@code function}.
   *
   * @throws IllegalArgumentException for a direct event whose request is not a JSON object
   */
  Map<String, Object> wrap(String request, FunctionRow function) {
    switch (this) {
      case API_GATEWAY:
        return apiGatewayEvent(request, function.httpPath().orElse(UNSERVED_PATH));
      case TIMER:
        Map<String, Object> timer = new LinkedHashMap<>();
        timer.put("Type", "Timer");
        timer.put("TriggerName", "hardening");
        timer.put("Time", "2026-12-04T01:00:00Z");
        timer.put("Message", request);
        return timer;
      default:
        return parseObject(request);
    }
  }

  /** Builds a mutable API Gateway event for a POST of {@code body} to {@code path}. */
  static Map<String, Object> apiGatewayEvent(String body, String path) {
    Map<String, Object> event = parseObject("{\"requestContext\":{\"serviceId\":"
        + "\"service-abcd1234\",\"path\":\"" + path + "\",\"httpMethod\":\"POST\","
        + "\"requestId\":\"c6af9ac6-7b61-11e6-9a41-93e8deadbeef\",\"sourceIp\":\"203.0.113.10\","
        + "\"stage\":\"release\"},\"headers\":{\"content-type\":\"application/json\","
        + "\"host\":\"service-abcd1234-1250000000.gz.apigw.tencentcs.com\"},"
        + "\"queryString\":{},\"queryStringParameters\":{},\"pathParameters\":{},"
        + "\"headerParameters\":{},\"stageVariables\":{\"stage\":\"release\"},"
        + "\"path\":\"" + path + "\",\"httpMethod\":\"POST\",\"isBase64Encoded\":false}");
    event.put("body", body);
    return event;
  }

  /** Parses {@code json} into the map a JSON runtime would hand the handler. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(String json) {
    Object value;
    try {
      value = GSON.fromJson(json, Object.class);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("a direct event must be a JSON object: " + e, e);
    }
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("a direct event must be a JSON object, found " + json);
    }
    return (Map<String, Object>) value;
  }
}
