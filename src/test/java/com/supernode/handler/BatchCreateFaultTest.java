package com.supernode.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.FaultPresets;
import com.supernode.emulator.Faults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** batch-create against the emulator with throttling, latency and lost responses. */
class BatchCreateFaultTest {
  private static final String CREATE = "CreateClusterVirtualNode";

  private static JsonObject result(JsonObject response, int index) {
    return response.getAsJsonArray("Results").get(index).getAsJsonObject();
  }

  private static int count(JsonObject response, String outcome) {
    return response.getAsJsonObject("Counts").get(outcome).getAsInt();
  }

  private static long throttledResponses(BatchHarness harness) {
    return harness.emulator.requests().stream()
        .filter(r -> "RequestLimitExceeded".equals(r.errorCode())).count();
  }

  @Test
  void fiftySubnetsThrottledByAThirdAllGetNodes() {
    // The emulator's own limit is raised so the test runs fast; the fault throttles a third.
    EmulatorWorld world = EmulatorWorld.defaultWorld().withRateLimitPerSecond(500)
        .withFaults(FaultPresets.throttledShare(1.0 / 3, 11));
    try (BatchHarness harness = new BatchHarness(world, Map.of(
        "BATCH_RATE_PER_SECOND", "200", "BATCH_MAX_ATTEMPTS", "12"))) {
      List<String> subnets = harness.addSubnets(50);
      Map<String, List<String>> before = harness.nodeNames();

      JsonObject response = harness.invokeDirect(BatchHarness.request(subnets));

      harness.assertReportMatchesEmulator(before, response);
      assertEquals(50, count(response, "Created"));
      assertEquals(50, harness.successfulCreates());
      assertTrue(throttledResponses(harness) > 0, "the fault throttled nothing");
      assertFalse(harness.logLines("batch.retry").isEmpty());
      int maxAttempts = 0;
      for (JsonElement element : response.getAsJsonArray("Results")) {
        maxAttempts = Math.max(maxAttempts, element.getAsJsonObject().get("Attempts").getAsInt());
      }
      assertTrue(maxAttempts > 1, "no create was retried");
    }
  }

  @Test
  void throttledRerunCreatesOnlyMissingNodes() {
    EmulatorWorld world = EmulatorWorld.defaultWorld().withRateLimitPerSecond(500)
        .withFaults(FaultPresets.throttledShare(1.0 / 3, 5));
    try (BatchHarness harness = new BatchHarness(world, Map.of(
        "BATCH_RATE_PER_SECOND", "200", "BATCH_MAX_ATTEMPTS", "12"))) {
      List<String> subnets = harness.addSubnets(20);
      harness.invokeDirect(BatchHarness.request(subnets.subList(0, 12)));
      Map<String, List<String>> before = harness.nodeNames();

      JsonObject response = harness.invokeDirect(BatchHarness.request(subnets));

      harness.assertReportMatchesEmulator(before, response);
      assertEquals(12, count(response, "AlreadyExists"));
      assertEquals(8, count(response, "Created"));
      assertEquals(20, harness.successfulCreates());
    }
  }

  @Test
  void latencyAndThrottlingKeepOneNodePerSubnet() {
    EmulatorWorld world = EmulatorWorld.defaultWorld().withRateLimitPerSecond(500)
        .withFaults(FaultPresets.throttledShare(0.25, 3).with(FaultPresets.slowNetwork(40)));
    try (BatchHarness harness = new BatchHarness(world, Map.of(
        "BATCH_RATE_PER_SECOND", "100", "BATCH_MAX_ATTEMPTS", "12"))) {
      List<String> subnets = harness.addSubnets(15);
      subnets.add(0, "subnet-gz3used1");
      subnets.add("subnet-gz4used1");
      Map<String, List<String>> before = harness.nodeNames();

      JsonObject response = harness.invokeDirect(BatchHarness.request(subnets));

      harness.assertReportMatchesEmulator(before, response);
      assertEquals(15, count(response, "Created"));
      assertEquals(2, count(response, "AlreadyExists"));
      assertEquals("AlreadyExists", result(response, 0).get("Outcome").getAsString());
      assertEquals("subnet-gz4used1", result(response, 16).get("SubnetId").getAsString());
    }
  }

  @Test
  void droppedConnectionAfterCreateIsReportedCreated() {
    try (BatchHarness harness = new BatchHarness()) {
      harness.emulator.setFaults(Faults.of(FaultPresets.lostCreateResponse(1)));
      Map<String, List<String>> before = harness.nodeNames();

      JsonObject response = harness.invokeDirect(BatchHarness.request(List.of("subnet-gz3free1")));

      harness.assertReportMatchesEmulator(before, response);
      JsonObject item = result(response, 0);
      assertEquals("Created", item.get("Outcome").getAsString());
      assertEquals("eklet-subnet-gz3free1-0", item.get("NodeName").getAsString());
      assertEquals(1, item.get("Attempts").getAsInt());
      assertEquals(1, harness.emulator.requests(CREATE).size());
    }
  }

  @Test
  void responseAfterReadTimeoutIsReconciled() {
    try (BatchHarness harness = new BatchHarness(EmulatorWorld.defaultWorld(),
        Map.of("TKE_READ_TIMEOUT_SECONDS", "1"))) {
      harness.emulator.setFaults(Faults.of(FaultPresets.lateCreateResponse(1500, 1)));
      Map<String, List<String>> before = harness.nodeNames();

      JsonObject response = harness.invokeDirect(BatchHarness.request(List.of("subnet-gz4free1")));

      harness.assertReportMatchesEmulator(before, response);
      assertEquals("Created", result(response, 0).get("Outcome").getAsString());
      assertEquals(1, harness.emulator.requests(CREATE).size());
    }
  }

  @Test
  void gatewayErrorBeforeCreateIsRetried() {
    try (BatchHarness harness = new BatchHarness()) {
      harness.emulator.setFaults(Faults.of(FaultPresets.createGatewayError(1)));
      Map<String, List<String>> before = harness.nodeNames();

      JsonObject response = harness.invokeDirect(BatchHarness.request(List.of("subnet-gz6free1")));

      harness.assertReportMatchesEmulator(before, response);
      JsonObject item = result(response, 0);
      assertEquals("Created", item.get("Outcome").getAsString());
      assertEquals(2, item.get("Attempts").getAsInt());
      assertEquals(2, harness.emulator.requests(CREATE).size());
      assertEquals(2, harness.emulator.requests("DescribeClusterVirtualNode").size());
    }
  }

  @Test
  void timeLimitLeavesLaterItemsNotAttempted() {
    // A call may take 2 s (1 s connect plus 1 s read timeout), so with a 3.5 s limit calls may
    // start only in the first 1.5 s. Each create takes at least 300 ms, one at a time.
    try (BatchHarness harness = new BatchHarness(EmulatorWorld.defaultWorld(), Map.of(
        "TKE_CONNECT_TIMEOUT_SECONDS", "1", "TKE_READ_TIMEOUT_SECONDS", "1",
        "BATCH_DEADLINE_MARGIN_MS", "0", "BATCH_MAX_CONCURRENCY", "1"))) {
      harness.emulator.setFaults(Faults.of(FaultPresets.slowNetwork(300).onlyFor(CREATE)));
      List<String> subnets = harness.addSubnets(10);
      Map<String, List<String>> before = harness.nodeNames();

      JsonObject response = harness.invokeDirect(BatchHarness.request(subnets), 3500);

      harness.assertReportMatchesEmulator(before, response);
      int created = count(response, "Created");
      int notAttempted = count(response, "NotAttempted");
      assertTrue(created >= 1, "nothing was created");
      assertTrue(notAttempted >= 1, "every item was attempted");
      assertEquals(10, created + notAttempted);
      assertEquals("NotAttempted", result(response, 9).get("Outcome").getAsString());
      assertTrue(result(response, 9).get("Reason").getAsString().startsWith(
          "No TKE call for this item could start in time."));
      assertEquals(created, harness.emulator.requests(CREATE).size());
    }
  }
}
