package com.supernode.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.config.Settings;
import com.supernode.function.FunctionEnvironment;
import com.supernode.local.LocalContext;
import com.supernode.log.JsonLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Rejections that must happen before batch-create opens a TKE connection. */
class BatchCreateValidationTest {
  private static final String BATCH = "{\"ClusterId\":\"cls-main0001\","
      + "\"NodePoolId\":\"np-normal01\",\"SubnetIds\":[\"subnet-gz3free1\"]}";

  private final AtomicBoolean gatewayOpened = new AtomicBoolean();
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();

  private BatchCreateHandler handler(String allowedClusters) {
    return handler(Map.of("ALLOWED_CLUSTERS", allowedClusters));
  }

  /** Builds a handler with {@code extraSettings} besides the keys and region. */
  private BatchCreateHandler handler(Map<String, String> extraSettings) {
    Map<String, String> values = new HashMap<>(extraSettings);
    values.put("TENCENTCLOUD_SECRETID", "id");
    values.put("TENCENTCLOUD_SECRETKEY", "key");
    Settings settings = Settings.of(values);
    FunctionEnvironment environment = new FunctionEnvironment(settings, s -> credentials -> {
      gatewayOpened.set(true);
      throw new AssertionError("no TKE call was expected");
    }, new JsonLog(() -> new PrintStream(logBytes, true, StandardCharsets.UTF_8),
        Clock.systemUTC()), Clock.systemUTC());
    return new BatchCreateHandler(environment);
  }

  private static Map<String, Object> apiGatewayEvent(String body) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("httpMethod", "POST");
    event.put("path", "/virtual-nodes/batch");
    event.put("body", body);
    return event;
  }

  private static JsonObject bodyOf(Map<String, Object> response) {
    return JsonParser.parseString((String) response.get("body")).getAsJsonObject()
        .getAsJsonObject("Response");
  }

  @Test
  void malformedItemsRejectWholeBatch() {
    Map<String, Object> response = handler("*").handle(apiGatewayEvent(
        "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
            + "\"SubnetIds\":[\"subnet-gz3free1\",\"subnet-x\"],"
            + "\"Items\":[{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\"}]}"),
        new LocalContext(120_000, 512));

    assertEquals(400, response.get("statusCode"));
    JsonObject error = bodyOf(response).getAsJsonObject("Error");
    assertEquals(2, error.getAsJsonArray("Errors").size());
    assertEquals("SubnetIds[1]", error.getAsJsonArray("Errors").get(0).getAsJsonObject()
        .get("Field").getAsString());
    assertEquals("Items[0].SubnetId", error.getAsJsonArray("Errors").get(1).getAsJsonObject()
        .get("Field").getAsString());
    assertFalse(gatewayOpened.get());
  }

  @Test
  void clusterOutsideAllowlistRejectsWholeBatch() {
    Map<String, Object> response = handler("cls-main0001").handle(apiGatewayEvent(
        "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
            + "\"SubnetIds\":[\"subnet-gz3free1\"],"
            + "\"Items\":[{\"ClusterId\":\"cls-other001\",\"NodePoolId\":\"np-other001\","
            + "\"SubnetId\":\"subnet-gz4free1\"}]}"),
        new LocalContext(120_000, 512));

    assertEquals(403, response.get("statusCode"));
    JsonObject error = bodyOf(response).getAsJsonObject("Error");
    assertEquals("UnauthorizedOperation.ClusterNotAllowed", error.get("Code").getAsString());
    assertEquals("Items[0].ClusterId", error.get("Field").getAsString());
    assertFalse(gatewayOpened.get());
  }

  @Test
  void marginOfWholeTimeLimitIsInvalidSetting() {
    Map<String, Object> response = handler(Map.of("ALLOWED_CLUSTERS", "*",
        "BATCH_DEADLINE_MARGIN_MS", "60000")).handle(apiGatewayEvent(BATCH),
        new LocalContext(60_000, 512));

    assertEquals(500, response.get("statusCode"));
    JsonObject error = bodyOf(response).getAsJsonObject("Error");
    assertEquals("FailedOperation.InvalidSetting", error.get("Code").getAsString());
    assertEquals("Setting BATCH_DEADLINE_MARGIN_MS is invalid: expected fewer milliseconds "
        + "than the function's time limit of 60000 ms, found '60000'. Fix it in the function's "
        + "environment variables.", error.get("Message").getAsString());
    assertFalse(gatewayOpened.get());
  }

  @Test
  void marginBeyondLongestTimeLimitIsTooLarge() {
    Map<String, Object> response = handler(Map.of("ALLOWED_CLUSTERS", "*",
        "BATCH_DEADLINE_MARGIN_MS", "999999999")).handle(apiGatewayEvent(BATCH),
        new LocalContext(60_000, 512));

    assertEquals(500, response.get("statusCode"));
    JsonObject error = bodyOf(response).getAsJsonObject("Error");
    assertEquals("FailedOperation.InvalidSetting", error.get("Code").getAsString());
    assertEquals("Setting BATCH_DEADLINE_MARGIN_MS is too large: the maximum is 900000, found "
        + "'999999999'. Fix it in the function's environment variables.",
        error.get("Message").getAsString());
    assertFalse(gatewayOpened.get());
  }

  @Test
  void wrongPathIsRejected() {
    Map<String, Object> event = apiGatewayEvent("{}");
    event.put("path", "/virtual-nodes");

    Map<String, Object> response = handler("*").handle(event, new LocalContext(120_000, 512));

    assertEquals(404, response.get("statusCode"));
    assertFalse(gatewayOpened.get());
  }
}
