package com.supernode.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of an HTTP request the emulator reads, taken off the exchange once. */
final class IncomingRequest {
  static final String ACTION = "x-tc-action";
  static final String VERSION = "x-tc-version";
  static final String REGION = "x-tc-region";
  static final String TIMESTAMP = "x-tc-timestamp";
  static final String TOKEN = "x-tc-token";
  static final String CONTENT_SHA256 = "x-tc-content-sha256";
  static final String AUTHORIZATION = "authorization";

  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, String> headers;
  private final byte[] body;

  IncomingRequest(
      String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery == null ? "" : rawQuery;
    this.headers = Map.copyOf(headers);
    this.body = body.clone();
  }

  static IncomingRequest read(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new HashMap<>();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!header.getValue().isEmpty()) {
        headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue().get(0));
      }
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    return new IncomingRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), headers, body);
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  /** Returns the query string as sent, still percent-encoded, or empty. */
  String rawQuery() {
    return rawQuery;
  }

  /** Returns the first value of a header, looked up by lowercase name, or null. */
  String header(String lowercaseName) {
    return headers.get(lowercaseName);
  }

  byte[] body() {
    return body.clone();
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
