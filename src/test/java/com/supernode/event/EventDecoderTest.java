package com.supernode.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.supernode.request.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventDecoderTest {
  private static final String REQUEST = "{\"ClusterId\":\"cls-abcd1234\"}";
  private final EventDecoder decoder = new EventDecoder(1024);
  private final Route route = Route.post("/virtual-nodes");

  private static Map<String, Object> apiGateway(Object body, Object base64) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("requestContext", Map.of("httpMethod", "POST", "path", "/virtual-nodes"));
    event.put("httpMethod", "POST");
    event.put("path", "/virtual-nodes");
    event.put("headers", Map.of());
    event.put("body", body);
    event.put("isBase64Encoded", base64);
    return event;
  }

  private InvalidRequestException rejection(Map<String, Object> event) {
    return assertThrows(InvalidRequestException.class, () -> decoder.decode(event, route));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return new Gson().fromJson(json, Map.class);
  }

  @Test
  void decodesApiGatewayBody() {
    Invocation invocation = decoder.decode(apiGateway(REQUEST, false), route);

    assertEquals(TriggerKind.API_GATEWAY, invocation.kind());
    assertEquals("cls-abcd1234", invocation.request().get("ClusterId").getAsString());
    assertEquals("POST", invocation.httpMethod().orElseThrow());
  }

  @Test
  void decodesBase64Body() {
    String encoded = Base64.getEncoder().encodeToString(REQUEST.getBytes(StandardCharsets.UTF_8));

    Invocation invocation = decoder.decode(apiGateway(encoded, true), route);

    assertEquals("cls-abcd1234", invocation.request().get("ClusterId").getAsString());
  }

  @Test
  void decodesTimerMessageAndTime() {
    Map<String, Object> event = parse("{\"Type\":\"Timer\",\"TriggerName\":\"prewarm\","
        + "\"Time\":\"2026-12-04T01:00:00Z\",\"Message\":" + new Gson().toJson(REQUEST) + "}");

    Invocation invocation = decoder.decode(event, route);

    assertEquals(TriggerKind.TIMER, invocation.kind());
    assertEquals(Instant.parse("2026-12-04T01:00:00Z"), invocation.triggerTime().orElseThrow());
    assertEquals("cls-abcd1234", invocation.request().get("ClusterId").getAsString());
  }

  @Test
  void decodesDirectInvocation() {
    Invocation invocation = decoder.decode(parse(REQUEST), route);

    assertEquals(TriggerKind.DIRECT, invocation.kind());
    assertEquals("cls-abcd1234", invocation.request().get("ClusterId").getAsString());
  }

  @Test
  void rejectsWrongMethodBeforeBody() {
    Map<String, Object> event = apiGateway(null, false);
    event.put("httpMethod", "GET");

    InvalidRequestException e = rejection(event);

    assertEquals(405, e.httpStatus());
    assertEquals("httpMethod", e.errors().get(0).field());
  }

  @Test
  void rejectsUnservedPath() {
    Map<String, Object> event = apiGateway(REQUEST, false);
    event.put("path", "/virtual-nodes/batch");

    assertEquals(404, rejection(event).httpStatus());
  }

  @Test
  void rejectsDuplicateKeys() {
    InvalidRequestException e = rejection(apiGateway(
        "{\"ClusterId\":\"cls-abcd1234\",\"ClusterId\":\"cls-other123\"}", false));

    assertEquals("body", e.errors().get(0).field());
    assertTrue(e.errors().get(0).message().contains("'ClusterId' twice"),
        e.errors().get(0).message());
  }

  @Test
  void rejectsMalformedBodies() {
    String[] bodies = {"{", "not json", "[1,2]", "\"text\"", "{} {}", "{\"a\":1,}", "\uFEFF{}"};
    for (String body : bodies) {
      InvalidRequestException e = rejection(apiGateway(body, false));
      assertEquals(400, e.httpStatus(), body);
      assertEquals("body", e.errors().get(0).field(), body);
    }
  }

  @Test
  void rejectsDeepNesting() {
    String body = "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}";

    InvalidRequestException e = rejection(apiGateway(body, false));

    assertTrue(e.errors().get(0).message().contains("nests deeper than"));
  }

  @Test
  void rejectsOversizedBodyOnDecodedBytes() {
    String body = "{\"a\":\"" + "\u00e9".repeat(600) + "\"}";

    InvalidRequestException e = rejection(apiGateway(body, false));

    assertEquals(413, e.httpStatus());
  }

  @Test
  void rejectsBase64FlagAsString() {
    InvalidRequestException e = rejection(apiGateway(REQUEST, "true"));

    assertEquals("isBase64Encoded", e.errors().get(0).field());
  }

  @Test
  void rejectsInvalidBase64AndNonUtf8() {
    assertEquals("body", rejection(apiGateway("***", true)).errors().get(0).field());
    String latin1 = Base64.getEncoder().encodeToString(
        "{\"a\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("The decoded body is not UTF-8 text. Send JSON encoded as UTF-8.",
        rejection(apiGateway(latin1, true)).errors().get(0).message());
  }

  @Test
  void rejectsTimerWithoutJsonMessage() {
    InvalidRequestException e = rejection(parse("{\"Type\":\"Timer\",\"Message\":\"hello\"}"));

    assertEquals("Message", e.errors().get(0).field());
  }

  @Test
  void rejectsEmptyEvent() {
    assertEquals("event", rejection(new LinkedHashMap<>()).errors().get(0).field());
  }

  @Test
  void optionalRequestDecodesTimerWithoutMessage() {
    Invocation invocation = decoder.allowingEmptyRequest().decode(
        parse("{\"Type\":\"Timer\",\"Time\":\"2026-12-04T01:00:00Z\"}"), route);

    assertEquals(TriggerKind.TIMER, invocation.kind());
    assertEquals(0, invocation.request().size());
    assertEquals(Instant.parse("2026-12-04T01:00:00Z"), invocation.triggerTime().orElseThrow());
  }

  @Test
  void optionalRequestDecodesEmptyEvent() {
    Invocation invocation = decoder.allowingEmptyRequest().decode(new LinkedHashMap<>(), route);

    assertEquals(TriggerKind.DIRECT, invocation.kind());
    assertEquals(0, invocation.request().size());
  }

  @Test
  void optionalRequestStillRejectsMalformedMessage() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> decoder.allowingEmptyRequest().decode(
            parse("{\"Type\":\"Timer\",\"Message\":\"hello\"}"), route));

    assertEquals("Message", e.errors().get(0).field());
  }

  @Test
  void routeNoneRejectsEveryApiGatewayEvent() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> decoder.decode(apiGateway(REQUEST, false), Route.none()));

    assertEquals(404, e.httpStatus());
    assertEquals("This function has no API Gateway trigger. Invoke it directly or by timer.",
        e.errors().get(0).message());
  }
}
