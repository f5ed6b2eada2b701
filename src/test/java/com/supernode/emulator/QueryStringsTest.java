package com.supernode.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringsTest {
  @Test
  void decodesNamesAndValuesInOrder() {
    Map<String, String> query = QueryStrings.parse("limit=500&labelSelector=type%3Dvirtual-kubelet"
        + "&continue=");

    assertEquals(List.of("limit", "labelSelector", "continue"), List.copyOf(query.keySet()));
    assertEquals("type=virtual-kubelet", query.get("labelSelector"));
    assertEquals("", query.get("continue"));
  }

  @Test
  void nameWithoutEqualsHasEmptyValue() {
    assertEquals(Map.of("watch", ""), QueryStrings.parse("watch"));
  }

  @Test
  void repeatedNameKeepsLastValue() {
    assertEquals(Map.of("a", "2"), QueryStrings.parse("a=1&a=2"));
  }

  @Test
  void emptyQueryHasNoParameters() {
    assertEquals(Map.of(), QueryStrings.parse(""));
    assertEquals(Map.of(), QueryStrings.parse(null));
  }
}
