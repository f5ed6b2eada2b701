package com.supernode.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.supernode.batch.FakeTkeGateway.Script;
import com.supernode.log.JsonLog;
import com.supernode.pacing.CallScheduler;
import com.supernode.pacing.Deadline;
import com.supernode.pacing.FakeTime;
import com.supernode.pacing.Pacer;
import com.supernode.pacing.RetryPolicy;
import com.supernode.tke.TkeException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ensure flow against an in-memory TKE, on a fake clock, with one worker. */
class BatchCreatorTest {
  private static final PoolKey POOL = new PoolKey("cls-abcd1234", "np-abcd1234");
  private static final String CREATE = "CreateClusterVirtualNode";
  private static final String DESCRIBE = "DescribeClusterVirtualNode";
  private static final String POOLS = "DescribeClusterVirtualNodePools";

  private final FakeTime time = new FakeTime();
  private final FakeTkeGateway tke = new FakeTkeGateway(time, 100).pool(POOL, "normal");
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();

  private static List<BatchItem> items(String... subnets) {
    List<BatchItem> items = new ArrayList<>();
    for (String subnet : subnets) {
      items.add(new BatchItem(items.size(), "SubnetIds[" + items.size() + "]", "", POOL, subnet,
          null));
    }
    return items;
  }

  private BatchCreator creator(Duration timeLimit) {
    Deadline deadline = Deadline.of(time, time.nanos(), timeLimit, Duration.ZERO,
        Duration.ofSeconds(1));
    RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400),
        new Random(7));
    CallScheduler scheduler = new CallScheduler(new Pacer(time, 20), retry, deadline, time);
    BatchLog log = new BatchLog(new JsonLog(
        () -> new PrintStream(logBytes, true, StandardCharsets.UTF_8), Clock.systemUTC()),
        "batch-create", "scf-req-1");
    return BatchCreator.of(tke, scheduler, 1, log);
  }

  private BatchReport run(Duration timeLimit, boolean dryRun, String... subnets) {
    return creator(timeLimit).run(new BatchRequest(items(subnets), dryRun));
  }

  private BatchReport run(String... subnets) {
    return run(Duration.ofMinutes(2), false, subnets);
  }

  private static List<ItemOutcome> outcomes(BatchReport report) {
    return report.results().stream().map(ItemResult::outcome).collect(Collectors.toList());
  }

  @Test
  void existingNodeIsReportedWithoutCreate() {
    tke.node(POOL, "subnet-aaaa1111", "Running");

    BatchReport report = run("subnet-aaaa1111");

    ItemResult result = report.results().get(0);
    assertEquals(ItemOutcome.ALREADY_EXISTS, result.outcome());
    assertEquals("eklet-subnet-aaaa1111-0", result.nodeName().get());
    assertEquals("Running", result.phase().get());
    assertEquals(0, tke.count(CREATE));
    assertEquals(200, report.httpStatus());
  }

  @Test
  void missingNodesAreCreatedInRequestOrder() {
    tke.node(POOL, "subnet-bbbb2222", "Running");

    BatchReport report = run("subnet-aaaa1111", "subnet-bbbb2222", "subnet-cccc3333");

    assertEquals(List.of(ItemOutcome.CREATED, ItemOutcome.ALREADY_EXISTS, ItemOutcome.CREATED),
        outcomes(report));
    assertEquals("eklet-subnet-cccc3333-0", report.results().get(2).nodeName().get());
    assertEquals(2, tke.count(CREATE));
    assertEquals(1, tke.count(DESCRIBE));
  }

  @Test
  void secondRunCreatesNothing() {
    run("subnet-aaaa1111", "subnet-bbbb2222");
    tke.calls().clear();

    BatchReport second = run("subnet-aaaa1111", "subnet-bbbb2222");

    assertEquals(List.of(ItemOutcome.ALREADY_EXISTS, ItemOutcome.ALREADY_EXISTS),
        outcomes(second));
    assertEquals(List.of(DESCRIBE, POOLS), tke.calls());
  }

  @Test
  void throttledCreateIsRetriedAfterBackoff() {
    tke.script(Script.THROTTLE);

    BatchReport report = run("subnet-aaaa1111");

    assertEquals(ItemOutcome.CREATED, report.results().get(0).outcome());
    assertEquals(2, report.results().get(0).attempts());
    assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("\"event\":\"batch.retry\""));
  }

  @Test
  void throttlingPastMaxAttemptsFailsItem() {
    tke.script(Script.THROTTLE, Script.THROTTLE, Script.THROTTLE);

    BatchReport report = run("subnet-aaaa1111");

    ItemResult result = report.results().get(0);
    assertEquals(ItemOutcome.FAILED, result.outcome());
    assertEquals("RequestLimitExceeded", result.error().get().code());
    assertEquals(3, result.attempts());
    assertEquals(207, report.httpStatus());
  }

  @Test
  void lostAnswerOfAppliedCreateIsReportedCreated() {
    tke.script(Script.CREATE_THEN_TIME_OUT);

    BatchReport report = run("subnet-aaaa1111");

    ItemResult result = report.results().get(0);
    assertEquals(ItemOutcome.CREATED, result.outcome());
    assertEquals("eklet-subnet-aaaa1111-0", result.nodeName().get());
    assertEquals("Pending", result.phase().get());
    assertEquals(1, tke.count(CREATE));
    assertEquals(2, tke.count(DESCRIBE));
  }

  @Test
  void lostAnswerWithoutNodeIsRetried() {
    tke.script(Script.TIME_OUT);

    BatchReport report = run("subnet-aaaa1111");

    assertEquals(ItemOutcome.CREATED, report.results().get(0).outcome());
    assertEquals(2, report.results().get(0).attempts());
    assertEquals(List.of(DESCRIBE, POOLS, CREATE, DESCRIBE, CREATE),
        tke.calls());
  }

  @Test
  void raceLostToAnotherClientIsAlreadyExists() {
    tke.script(Script.RACE);

    BatchReport report = run("subnet-aaaa1111");

    ItemResult result = report.results().get(0);
    assertEquals(ItemOutcome.ALREADY_EXISTS, result.outcome());
    assertEquals("eklet-subnet-aaaa1111-0", result.nodeName().get());
    assertEquals(1, result.attempts());
  }

  @Test
  void subnetTakenAfterLostAnswerIsCreated() {
    tke.script(Script.TIME_OUT, Script.RACE);

    BatchReport report = run("subnet-aaaa1111");

    assertEquals(ItemOutcome.CREATED, report.results().get(0).outcome());
    assertEquals(2, report.results().get(0).attempts());
  }

  @Test
  void permanentErrorIsNotRetried() {
    tke.script(Script.REJECT);

    BatchReport report = run("subnet-aaaa1111");

    ItemResult result = report.results().get(0);
    assertEquals(ItemOutcome.FAILED, result.outcome());
    assertEquals("InvalidParameter.SubnetInvalidError", result.error().get().code());
    assertEquals(CREATE, result.error().get().action());
    assertFalse(result.error().get().requestId().isEmpty());
    assertEquals(1, tke.count(CREATE));
  }

  @Test
  void itemsPastDeadlineAreNotAttempted() {
    // Each call takes 100 ms and needs 1 s of budget, so calls may start until 1.5 s.
    BatchReport report = run(Duration.ofMillis(2500), false, "subnet-aaaa1111",
        "subnet-bbbb2222", "subnet-cccc3333", "subnet-dddd4444", "subnet-eeee5555",
        "subnet-ffff6666", "subnet-gggg7777", "subnet-hhhh8888", "subnet-iiii9999",
        "subnet-jjjj0000", "subnet-kkkk1111", "subnet-llll2222", "subnet-mmmm3333",
        "subnet-nnnn4444", "subnet-oooo5555", "subnet-pppp6666");

    List<ItemOutcome> outcomes = outcomes(report);
    int created = outcomes.lastIndexOf(ItemOutcome.CREATED) + 1;
    assertTrue(created > 0, "no item was created: " + outcomes);
    assertTrue(created < outcomes.size(), "every item was created: " + outcomes);
    assertEquals(created, tke.count(CREATE));
    assertEquals(created, tke.nodesOf(POOL).size());
    for (ItemOutcome outcome : outcomes.subList(created, outcomes.size())) {
      assertEquals(ItemOutcome.NOT_ATTEMPTED, outcome);
    }
    assertTrue(time.elapsedMillis() <= 2500, "calls ran until " + time.elapsedMillis());
  }

  @Test
  void limitTooShortForAnyCallAttemptsNothing() {
    BatchReport report = run(Duration.ofMillis(900), false, "subnet-aaaa1111");

    assertEquals(List.of(ItemOutcome.NOT_ATTEMPTED), outcomes(report));
    assertTrue(tke.calls().isEmpty());
  }

  @Test
  void poolNotNormalFailsWithoutCreate() {
    PoolKey updating = new PoolKey("cls-abcd1234", "np-update01");
    tke.pool(updating, "updating");
    BatchItem item = new BatchItem(0, "SubnetId", "", updating, "subnet-aaaa1111", null);

    BatchReport report = creator(Duration.ofMinutes(1))
        .run(new BatchRequest(List.of(item), false));

    ItemResult result = report.results().get(0);
    assertEquals(ItemOutcome.FAILED, result.outcome());
    assertEquals("ResourceUnavailable.NodePoolStateNotNormal", result.error().get().code());
    assertEquals(0, tke.count(CREATE));
  }

  @Test
  void dryRunReportsWouldCreateAndCreatesNothing() {
    tke.node(POOL, "subnet-bbbb2222", "Running");

    BatchReport report = run(Duration.ofMinutes(1), true, "subnet-aaaa1111", "subnet-bbbb2222");

    assertEquals(List.of(ItemOutcome.WOULD_CREATE, ItemOutcome.ALREADY_EXISTS),
        outcomes(report));
    assertEquals(0, tke.count(CREATE));
    assertEquals(1, tke.count(POOLS));
    assertEquals(200, report.httpStatus());
  }

  @Test
  void describeFailureFailsItsItemsWithoutCreate() {
    tke.failDescribes(TkeException.apiError(DESCRIBE, "UnauthorizedOperation.CamNoAuth",
        "No permission.", "req-x"));

    BatchReport report = run("subnet-aaaa1111", "subnet-bbbb2222");

    assertEquals(List.of(ItemOutcome.FAILED, ItemOutcome.FAILED), outcomes(report));
    assertEquals("UnauthorizedOperation.CamNoAuth",
        report.results().get(1).error().get().code());
    assertEquals(1, tke.count(DESCRIBE));
    assertEquals(0, tke.count(CREATE));
  }
}
