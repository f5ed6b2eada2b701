package com.supernode.local;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds API Gateway trigger events from local HTTP requests, shaped like SCF's real ones. */
public final class ApiGatewayEvents {
  private ApiGatewayEvents() {}

  /** Builds the event SCF passes for {@code method uri} with {@code headers} and {@code body}. */
  public static Map<String, Object> event(String method, URI uri, Map<String, List<String>> headers,
      String body) {
    String path = uri.getPath();
    Map<String, Object> requestContext = new LinkedHashMap<>();
    requestContext.put("serviceId", "service-local");
    requestContext.put("path", path);
    requestContext.put("httpMethod", method);
    requestContext.put("requestId", UUID.randomUUID().toString());
    requestContext.put("identity", new LinkedHashMap<>());
    requestContext.put("sourceIp", "127.0.0.1");
    requestContext.put("stage", "release");

    Map<String, Object> event = new LinkedHashMap<>();
    event.put("requestContext", requestContext);
    event.put("headers", flatHeaders(headers));
    event.put("body", body);
    event.put("pathParameters", new LinkedHashMap<>());
    event.put("queryStringParameters", new LinkedHashMap<>());
    event.put("headerParameters", new LinkedHashMap<>());
    event.put("stageVariables", new LinkedHashMap<>());
    event.put("path", path);
    event.put("queryString", query(uri.getRawQuery()));
    event.put("httpMethod", method);
    event.put("isBase64Encoded", false);
    return event;
  }

  private static Map<String, String> flatHeaders(Map<String, List<String>> headers) {
    Map<String, String> flat = new LinkedHashMap<>();
    headers.forEach((name, values) -> flat.put(name.toLowerCase(java.util.Locale.ROOT),
        String.join(",", values)));
    return flat;
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      query.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return query;
  }
}
