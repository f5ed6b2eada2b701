package com.supernode.event;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.request.FieldError;
import com.supernode.request.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Turns an SCF event of any supported trigger into an {@link Invocation}.
 *
 * <p>An event with {@code requestContext} or {@code httpMethod} is an API Gateway event, one
 * whose {@code Type} is {@code Timer} is a timer event, and anything else is a direct
 * invocation whose event is the request itself. Sizes are checked on the decoded bytes before
 * any JSON is parsed.
 */
public final class EventDecoder {
  /** Default maximum size of a decoded request, in bytes. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;

  private static final Gson GSON = new Gson();

  private final int maxRequestBytes;
  private final boolean emptyRequestAllowed;

  public EventDecoder(int maxRequestBytes) {
    this(maxRequestBytes, false);
  }

  private EventDecoder(int maxRequestBytes, boolean emptyRequestAllowed) {
    this.maxRequestBytes = maxRequestBytes;
    this.emptyRequestAllowed = emptyRequestAllowed;
  }

  /**
   * Returns a decoder that reads an empty direct event and a timer without {@code Message} as
   * the empty request {@code {}}, for functions whose request is optional.
   */
  public EventDecoder allowingEmptyRequest() {
    return new EventDecoder(maxRequestBytes, true);
  }

  /**
   * Decodes {@code event}, checking an API Gateway event's method and path against
   * {@code route} before its body.
   *
   * @throws InvalidRequestException when the event or the request it carries is malformed
   */
  public Invocation decode(Map<String, Object> event, Route route) {
    if (emptyRequestAllowed && (event == null || event.isEmpty())) {
      return Invocation.direct(new JsonObject());
    }
    if (event == null || event.isEmpty()) {
      throw InvalidRequestException.of("InvalidParameter", "event",
          "The event is empty. Send the request as JSON: ClusterId, NodePoolId and a subnet.");
    }
    switch (kindOf(event)) {
      case API_GATEWAY:
        return decodeApiGateway(event, route);
      case TIMER:
        return decodeTimer(event);
      default:
        return Invocation.direct(decodeDirect(event));
    }
  }

  /** Tells which trigger sent {@code event}; an empty or null event counts as direct. */
  public static TriggerKind kindOf(Map<String, Object> event) {
    if (event == null) {
      return TriggerKind.DIRECT;
    }
    if (event.containsKey("requestContext") || event.containsKey("httpMethod")) {
      return TriggerKind.API_GATEWAY;
    }
    if ("Timer".equals(event.get("Type"))) {
      return TriggerKind.TIMER;
    }
    return TriggerKind.DIRECT;
  }

  private Invocation decodeApiGateway(Map<String, Object> event, Route route) {
    String method = httpMethod(event);
    String path = optionalPath(event);
    route.check(method, path);
    Object encodedFlag = event.get("isBase64Encoded");
    if (encodedFlag != null && !(encodedFlag instanceof Boolean)) {
      throw InvalidRequestException.of("InvalidParameterValue", "isBase64Encoded",
          "isBase64Encoded must be a JSON boolean, found " + typeName(encodedFlag) + ".");
    }
    Object body = event.get("body");
    if (body == null || "".equals(body)) {
      throw InvalidRequestException.of("MissingParameter", "body",
          "The HTTP request has no body. POST a JSON object with ClusterId, NodePoolId and a "
              + "subnet.");
    }
    if (!(body instanceof String)) {
      throw InvalidRequestException.of("InvalidParameterValue", "body",
          "body must be a string, found " + typeName(body) + ".");
    }
    String text = Boolean.TRUE.equals(encodedFlag)
        ? decodeBase64((String) body)
        : checkSize((String) body, "body");
    return Invocation.apiGateway(parse(text, "body"), method, path);
  }

  private Invocation decodeTimer(Map<String, Object> event) {
    Object message = event.get("Message");
    if (emptyRequestAllowed && (message == null || "".equals(message))) {
      return Invocation.timer(new JsonObject(), triggerTime(event));
    }
    if (message == null || "".equals(message)) {
      throw InvalidRequestException.of("MissingParameter", "Message",
          "The timer has no argument. Set the timer's argument (Message) to the request JSON.");
    }
    if (!(message instanceof String)) {
      throw InvalidRequestException.of("InvalidParameterValue", "Message",
          "Message must be a string that contains JSON, found " + typeName(message) + ".");
    }
    JsonObject request = parse(checkSize((String) message, "Message"), "Message");
    return Invocation.timer(request, triggerTime(event));
  }

  private JsonObject decodeDirect(Map<String, Object> event) {
    try {
      StrictJson.checkDepth(event, "event");
    } catch (StrictJson.InvalidJsonException e) {
      throw InvalidRequestException.of("InvalidParameter", "event", e.getMessage() + ".");
    }
    JsonElement tree;
    try {
      tree = GSON.toJsonTree(event);
    } catch (RuntimeException e) {
      throw InvalidRequestException.of("InvalidParameter", "event",
          "The event could not be read as JSON. Send the request as a JSON object.");
    }
    checkSize(tree.toString(), "event");
    return tree.getAsJsonObject();
  }

  private String decodeBase64(String body) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(body.trim());
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("InvalidParameterValue", "body",
          "isBase64Encoded is true but body is not valid base64: " + e.getMessage() + ".");
    }
    checkSize(bytes.length, "body");
    return Utf8.decode(bytes).orElseThrow(() -> InvalidRequestException.of(
        "InvalidParameterValue", "body",
        "The decoded body is not UTF-8 text. Send JSON encoded as UTF-8."));
  }

  private String checkSize(String text, String field) {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so short texts skip the count.
    if ((long) text.length() * 3 > maxRequestBytes) {
      checkSize(text.getBytes(StandardCharsets.UTF_8).length, field);
    }
    return text;
  }

  private void checkSize(int bytes, String field) {
    if (bytes > maxRequestBytes) {
      throw new InvalidRequestException("RequestTooLarge", 413, List.of(
          new FieldError(field, field + " is " + bytes
              + " bytes, more than the limit of " + maxRequestBytes + " bytes.")));
    }
  }

  private static JsonObject parse(String text, String field) {
    if (text.startsWith("\uFEFF")) {
      throw InvalidRequestException.of("InvalidParameterValue", field,
          field + " starts with a byte-order mark. Send UTF-8 JSON without a byte-order mark.");
    }
    try {
      return StrictJson.parseObject(text, field);
    } catch (StrictJson.InvalidJsonException e) {
      throw InvalidRequestException.of("InvalidParameter", field, e.getMessage() + ".");
    }
  }

  private static String httpMethod(Map<String, Object> event) {
    Object method = event.get("httpMethod");
    if (method == null && event.get("requestContext") instanceof Map) {
      method = ((Map<?, ?>) event.get("requestContext")).get("httpMethod");
    }
    if (method != null && !(method instanceof String)) {
      throw InvalidRequestException.of("InvalidParameterValue", "httpMethod",
          "httpMethod must be a string such as POST, found " + typeName(method) + ".");
    }
    if (method == null || ((String) method).isEmpty()) {
      throw InvalidRequestException.of("InvalidParameterValue", "httpMethod",
          "The API Gateway event has no HTTP method.");
    }
    return ((String) method).toUpperCase(java.util.Locale.ROOT);
  }

  /** Reads the request path; a path of another type must not pass as an absent one. */
  private static String optionalPath(Map<String, Object> event) {
    Object value = event.get("path");
    if (value != null && !(value instanceof String)) {
      throw InvalidRequestException.of("InvalidParameterValue", "path",
          "path must be a string, found " + typeName(value) + ".");
    }
    return (String) value;
  }

  private static Instant triggerTime(Map<String, Object> event) {
    Object time = event.get("Time");
    if (time == null) {
      return null;
    }
    try {
      return Instant.parse(String.valueOf(time));
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.of("InvalidParameterValue", "Time",
          "The timer event's Time is not an ISO-8601 UTC time such as 2026-01-07T02:00:00Z.");
    }
  }

  static String typeName(Object value) {
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof Iterable || value.getClass().isArray()) {
      return "an array";
    }
    return "a value of another type";
  }
}
