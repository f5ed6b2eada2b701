package com.supernode.local;

import com.supernode.emulator.QueryStrings;
import com.supernode.event.Utf8;
import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Builds API Gateway trigger events from local HTTP requests, shaped like SCF's real ones. */
public final class ApiGatewayEvents {
  private ApiGatewayEvents() {}

  /** Builds the event SCF passes for {@code method uri} with {@code headers} and {@code body}. */
  /**
   * Builds the event of a request whose body arrived as bytes. A body that is not UTF-8 text is
   * passed base64-encoded with {@code isBase64Encoded} set, so the function, not this runner,
   * decides what to do with it.
   */
  public static Map<String, Object> event(String method, URI uri, Map<String, List<String>> headers,
      byte[] body) {
    Optional<String> text = Utf8.decode(body);
    if (text.isPresent()) {
      return event(method, uri, headers, text.get());
    }
    Map<String, Object> event =
        event(method, uri, headers, Base64.getEncoder().encodeToString(body));
    event.put("isBase64Encoded", true);
    return event;
  }

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
    event.put("queryString", QueryStrings.parse(uri.getRawQuery()));
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
}
