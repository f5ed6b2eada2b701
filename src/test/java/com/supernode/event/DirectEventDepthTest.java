package com.supernode.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.supernode.request.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The depth limit on direct events, which the runtime hands over already parsed. */
class DirectEventDepthTest {
  private final EventDecoder decoder = new EventDecoder(EventDecoder.DEFAULT_MAX_REQUEST_BYTES);

  /** Builds {@code {"ClusterId": [[...["x"]...]]}} with {@code lists} nested lists. */
  private static Map<String, Object> nested(int lists) {
    Object value = "x";
    for (int i = 0; i < lists; i++) {
      List<Object> list = new ArrayList<>();
      list.add(value);
      value = list;
    }
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("ClusterId", value);
    return event;
  }

  private InvalidRequestException rejection(Map<String, Object> event) {
    return assertThrows(InvalidRequestException.class,
        () -> decoder.decode(event, Route.post("/virtual-nodes")));
  }

  @Test
  void veryDeepEventIsRejectedWithoutOverflow() {
    InvalidRequestException e = rejection(nested(200_000));

    assertEquals("InvalidParameter", e.code());
    assertEquals("event", e.errors().get(0).field());
  }

  @Test
  void depthLimitMatchesTextRequests() {
    InvalidRequestException e = rejection(nested(StrictJson.MAX_DEPTH));

    assertEquals("event nests deeper than 16 levels at $.ClusterId" + "[0]".repeat(15) + ".",
        e.errors().get(0).message());
  }

  @Test
  void eventAtDepthLimitIsDecoded() {
    Invocation invocation = decoder.decode(nested(StrictJson.MAX_DEPTH - 1),
        Route.post("/virtual-nodes"));

    assertEquals(TriggerKind.DIRECT, invocation.kind());
  }
}
