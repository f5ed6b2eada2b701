package com.supernode.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes URL query strings for the emulator's servers and the local API Gateway. */
public final class QueryStrings {
  private QueryStrings() {}

  /**
   * Returns the parameters of {@code rawQuery}, still percent-encoded as in
   * {@link java.net.URI#getRawQuery()}, in their order. A name without {@code =} gets an empty
   * value, a repeated name keeps its last value, and a null or empty query has no parameters.
   */
  public static Map<String, String> parse(String rawQuery) {
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
