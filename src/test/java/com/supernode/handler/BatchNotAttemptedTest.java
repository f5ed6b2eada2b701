package com.supernode.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.supernode.testing.FunctionFixture;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** batch-create items that the time limit leaves without a TKE call, and why. */
class BatchNotAttemptedTest {
  private static final String REASON = "No TKE call could start. A TKE call starts only when "
      + "it can end before the function's time limit of 3000 ms less BATCH_DEADLINE_MARGIN_MS "
      + "(1500 ms), and each call may take up to 2000 ms (TKE_CONNECT_TIMEOUT_SECONDS plus "
      + "TKE_READ_TIMEOUT_SECONDS). The 1500 ms left are too few for any call, so raise the "
      + "time limit or lower these settings.";

  // Each call may take 2 s, but the 3 s limit less the margin leaves 1.5 s, so none can start.
  private final FunctionFixture fixture = FunctionFixture.defaultWorld()
      .set("TKE_CONNECT_TIMEOUT_SECONDS", "1")
      .set("TKE_READ_TIMEOUT_SECONDS", "1")
      .set("BATCH_DEADLINE_MARGIN_MS", "1500");

  @AfterEach
  void stopEmulator() {
    fixture.close();
  }

  private JsonObject invoke() {
    String request = "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
        + "\"SubnetIds\":[\"subnet-gz3free1\",\"subnet-gz4free1\"]}";
    return FunctionFixture.json(new BatchCreateHandler(fixture.environment())
        .handle(FunctionFixture.event(request), FunctionFixture.context(3000)))
        .getAsJsonObject("Response");
  }

  private List<JsonObject> itemRecords() {
    return fixture.logRecords().stream()
        .filter(record -> record.get("event").getAsString().equals("batch.item"))
        .collect(Collectors.toList());
  }

  @Test
  void resultGivesReason() {
    JsonObject response = invoke();

    JsonObject first = response.getAsJsonArray("Results").get(0).getAsJsonObject();
    assertEquals("NotAttempted", first.get("Outcome").getAsString());
    assertEquals(REASON, first.get("Reason").getAsString());
    assertEquals(2, response.getAsJsonObject("Counts").get("NotAttempted").getAsInt());
    assertTrue(fixture.emulator().requests().isEmpty());
  }

  @Test
  void itemLogLineGivesReason() {
    invoke();

    List<JsonObject> items = itemRecords();
    assertEquals(2, items.size());
    assertEquals("WARN", items.get(0).get("level").getAsString());
    assertEquals("NotAttempted", items.get(0).get("outcome").getAsString());
    assertEquals(REASON, items.get(0).get("message").getAsString());
    assertEquals(REASON, items.get(1).get("message").getAsString());
  }
}
