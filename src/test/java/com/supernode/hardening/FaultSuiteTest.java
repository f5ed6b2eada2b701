package com.supernode.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.emulator.Fault;
import com.supernode.emulator.Faults;
import com.supernode.emulator.ManualClock;
import com.supernode.emulator.RecordedRequest;
import com.supernode.emulator.Subnet;
import com.supernode.emulator.VirtualNode;
import com.supernode.handler.ReadinessHandler;
import com.supernode.testing.ClockTime;
import com.supernode.testing.FunctionFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs single creates, a batch and a readiness check under each named emulator fault, with
 * canary credentials, and checks the emulator's final state against what each reported.
 *
 * <p>Every subnet is reported once, and no subnet ends with two nodes. No reported node is
 * missing, no call reported as rejected made a node, and every failure carries its code and
 * the RequestId of the TKE response that carried it.
 */
class FaultSuiteTest {
  private static final String CREATE = "CreateClusterVirtualNode";
  private static final List<String> FREE_SUBNETS =
      List.of("subnet-gz3free1", "subnet-gz4free1", "subnet-gz6free1");
  /** Codes of failures where no TKE response came, so the call may have been applied. */
  private static final Set<String> UNANSWERED = Set.of("ClientError.Timeout",
      "ClientError.NetworkError", "ClientError.ParseJsonError", "ServerSideError");
  private static final String ROLE_ADVICE = "execution role";

  private static final List<FaultScenario> SCENARIOS = List.of(
      FaultScenario.of("throttling on every call", Faults.of(Fault.throttle()), 3)
          .expect("create", "Failed RequestLimitExceeded")
          .expect("batch-create", "Failed RequestLimitExceeded")
          .expectReadiness("Error RequestLimitExceeded"),
      FaultScenario.of("throttling on a third of calls",
          Faults.of(Fault.throttle().withShare(0.3)).withSeed(11), 6)
          .expect("batch-create", "Created")
          .expectReadiness("Checked"),
      FaultScenario.of("server error envelope on every second create",
          Faults.of(Fault.internalError().onlyFor(CREATE).everyNth(2)), 3)
          .expect("create", "Created", "Failed InternalError", "Created")
          .expect("batch-create", "Created")
          .expectReadiness("Checked"),
      FaultScenario.of("HTTP 503 from a gateway",
          Faults.of(Fault.httpError(503).onlyFor(CREATE).atMostTimes(1)), 3)
          .expect("create", "Failed ServerSideError", "Created", "Created")
          .expect("batch-create", "Created")
          .expectReadiness("Checked"),
      FaultScenario.of("response slower than the read timeout",
          Faults.of(Fault.slowAnswer(1_500).onlyFor(CREATE).atMostTimes(1)), 3)
          .with("TKE_READ_TIMEOUT_SECONDS", "1")
          .expect("create", "Failed ClientError.Timeout", "Created", "Created")
          .expect("batch-create", "Created")
          .expectReadiness("Checked"),
      FaultScenario.of("connection dropped after the create was applied",
          Faults.of(Fault.dropConnection().onlyFor(CREATE).everyNth(2).atMostTimes(1)), 3)
          .expect("create", "Created", "Failed ClientError.NetworkError", "Created")
          .expect("batch-create", "Created")
          .expectReadiness("Checked"),
      FaultScenario.of("malformed JSON after the create was applied",
          Faults.of(Fault.malformedJson().onlyFor(CREATE).atMostTimes(1)), 3)
          .expect("create", "Failed ClientError.ParseJsonError", "Created", "Created")
          .expect("batch-create", "Created")
          .expectReadiness("Checked"),
      FaultScenario.of("expired token", Faults.of(Fault.tokenFailure()), 3)
          .expect("create", "Failed AuthFailure.TokenFailure")
          .expect("batch-create", "Failed AuthFailure.TokenFailure")
          .expectReadiness("Error AuthFailure.TokenFailure")
          .adviceMentions(ROLE_ADVICE),
      FaultScenario.of("invalid token", Faults.none(), 3)
          .with("TENCENTCLOUD_SESSIONTOKEN", Canaries.STALE_TOKEN)
          .expect("create", "Failed AuthFailure.TokenFailure")
          .expect("batch-create", "Failed AuthFailure.TokenFailure")
          .expectReadiness("Error AuthFailure.TokenFailure")
          .adviceMentions(ROLE_ADVICE),
      FaultScenario.of("wrong secret key", Faults.none(), 3)
          .with("TENCENTCLOUD_SECRETKEY", Canaries.WRONG_SECRET_KEY)
          .expect("create", "Failed AuthFailure.SignatureFailure")
          .expect("batch-create", "Failed AuthFailure.SignatureFailure")
          .expectReadiness("Error AuthFailure.SignatureFailure")
          .adviceMentions(ROLE_ADVICE),
      FaultScenario.of("clock skewed past five minutes", Faults.none(), 3)
          .clockAhead(Duration.ofMinutes(10))
          .expect("create", "Failed AuthFailure.SignatureExpire")
          .expect("batch-create", "Failed AuthFailure.SignatureExpire")
          .expectReadiness("Error AuthFailure.SignatureExpire")
          .adviceMentions("clock"),
      FaultScenario.of("latency, throttling and malformed JSON together",
          Faults.of(Fault.latency(20), Fault.throttle().withShare(0.25),
              Fault.malformedJson().onlyFor(CREATE).everyNth(3)).withSeed(5), 6)
          .expect("batch-create", "Created")
          .expectReadiness("Checked"));

  @RegisterExtension
  static final HardeningSuite SUITE = new HardeningSuite("faults", suite ->
      SCENARIOS.size() + " fault scenarios x " + (FaultRow.ALL.size() + 1) + " functions tried, "
          + suite.counted("survived") + " survived, " + suite.counted("items")
          + " outcomes checked against the emulator");

  static Stream<Arguments> scenarios() {
    return SCENARIOS.stream()
        .flatMap(scenario -> FaultRow.ALL.stream().map(row -> Arguments.of(scenario, row)));
  }

  @ParameterizedTest(name = "{1} under {0}")
  @MethodSource("scenarios")
  void functionReportsTruthUnderFault(FaultScenario scenario, FaultRow function) {
    try (FunctionFixture fixture = new FunctionFixture(Canaries.world())) {
      List<String> subnets = prepare(fixture, scenario);
      Map<String, List<String>> before = nodesBySubnet(fixture);
      fixture.emulator().setFaults(scenario.faults());
      GatewayWatch watch = new GatewayWatch();

      List<ReportedItem> items = function.run(fixture.environment(watch::wrap), subnets,
          scenario.name(), SUITE);

      fixture.emulator().setFaults(Faults.none());
      Map<String, List<String>> after = nodesBySubnet(fixture);
      List<RecordedRequest> requests = fixture.emulator().requests();
      assertNoLeaks(fixture, watch);
      assertEquals(subnets, items.stream().map(ReportedItem::subnetId)
          .collect(Collectors.toList()), "every subnet is reported once, in order");
      for (ReportedItem item : items) {
        assertMatchesEmulator(item, before, after, requests);
        scenario.adviceMentions().ifPresent(text -> assertAdvice(item, text));
        SUITE.count("items");
      }
      List<String> reported = items.stream().map(ReportedItem::summary)
          .collect(Collectors.toList());
      scenario.expected(function).ifPresent(expected -> assertEquals(expected, reported));
      if (function.toString().equals("create")) {
        assertEquals(oracle(subnets, requests), reported, "create reports each call as sent");
        assertUnansweredCarryInvocationId(scenario, items);
      }
      if (scenario.expected(function).isEmpty()) {
        assertTrue(reported.contains("Created"), "the fault spared no call: " + reported);
        assertTrue(reported.stream().anyMatch(outcome -> outcome.startsWith("Failed"))
            || !function.toString().equals("create"), "the fault hit no call: " + reported);
      }
      SUITE.count("survived");
    }
  }

  static Stream<FaultScenario> scenarioList() {
    return SCENARIOS.stream();
  }

  @ParameterizedTest(name = "readiness under {0}")
  @MethodSource("scenarioList")
  void readinessReportsTruthUnderFault(FaultScenario scenario) {
    try (FunctionFixture fixture = new FunctionFixture(Canaries.world())) {
      prepare(fixture, scenario);
      fixture.set("READINESS_CALL_INTERVAL_MS", "0");
      fixture.emulator().setFaults(scenario.faults());
      GatewayWatch watch = new GatewayWatch();

      // Retries wait no time: the faults do not depend on it, and real waits add seconds.
      Map<String, Object> answer = new ReadinessHandler(fixture.environment(watch::wrap),
          new ClockTime(Clock.systemUTC(), duration -> { }), new Random(1))
          .handle(EventShape.parseObject("{\"Clusters\":[{\"ClusterId\":\""
              + FaultRow.CLUSTER + "\"}]}"), FunctionFixture.context(scenario.name(), 60_000));

      fixture.emulator().setFaults(Faults.none());
      assertNoLeaks(fixture, watch);
      FaultRow.requireNoLeak(SUITE, "readiness response", String.valueOf(answer));
      JsonObject cluster = FunctionFixture.json(answer).getAsJsonObject("Response")
          .getAsJsonArray("Clusters").get(0).getAsJsonObject();
      JsonObject error = cluster.getAsJsonObject("Error");
      List<String> listed = new ArrayList<>();
      for (JsonElement element : cluster.getAsJsonArray("Nodes")) {
        JsonObject node = element.getAsJsonObject();
        if (node.getAsJsonObject("Tke").get("Listed").getAsBoolean()) {
          listed.add(node.get("NodeName").getAsString());
        }
      }
      List<String> existing = fixture.emulator().state().nodes(FaultRow.CLUSTER).stream()
          .map(VirtualNode::name).collect(Collectors.toList());
      if (error == null) {
        assertEquals(existing, listed, "readiness lists exactly TKE's nodes");
      } else {
        assertEquals(List.of(), listed);
        assertTkeError(error, fixture.emulator().requests());
        String advice = error.get("Advice").getAsString();
        scenario.adviceMentions().ifPresent(text ->
            assertTrue(advice.contains(text), error + " advice: " + advice));
      }
      String summary = error == null ? "Checked" : "Error " + error.get("Code").getAsString();
      assertEquals(scenario.readinessOutcome(), summary);
      SUITE.count("survived");
      SUITE.count("items");
    }
  }

  /** Checks a readiness error: TKE's RequestId where TKE responded, else a no-response code. */
  private static void assertTkeError(JsonObject error, List<RecordedRequest> requests) {
    String code = error.get("Code").getAsString();
    JsonElement requestId = error.get("RequestId");
    if (requestId == null) {
      assertTrue(UNANSWERED.contains(code), "no RequestId for " + code);
    } else {
      assertTrue(requests.stream().anyMatch(r -> requestId.getAsString().equals(r.requestId())
          && code.equals(r.errorCode())), "TKE's RequestId of the error: " + error);
    }
  }

  private static List<String> prepare(FunctionFixture fixture, FaultScenario scenario) {
    fixture.set("BATCH_BACKOFF_BASE_MS", "10")
        .set("BATCH_BACKOFF_CAP_MS", "100")
        .set("BATCH_MAX_ATTEMPTS", "12");
    scenario.settings().forEach(fixture::set);
    if (!scenario.clockSkew().isZero()) {
      fixture.emulator().setClock(new ManualClock(Instant.now().plus(scenario.clockSkew())));
    }
    List<String> subnets = new ArrayList<>(FREE_SUBNETS);
    for (int i = subnets.size(); i < scenario.subnets(); i++) {
      String id = String.format("subnet-hd%06d", i);
      fixture.emulator().state().addSubnet(new Subnet(id, "vpc-main0001", "ap-guangzhou-3"));
      subnets.add(id);
    }
    return subnets.subList(0, scenario.subnets());
  }

  /**
   * Checks one reported subnet against the emulator's nodes before and after the run, and
   * against the requests it received.
   */
  private static void assertMatchesEmulator(ReportedItem item, Map<String, List<String>> before,
      Map<String, List<String>> after, List<RecordedRequest> requests) {
    List<String> was = before.getOrDefault(item.subnetId(), List.of());
    List<String> now = after.getOrDefault(item.subnetId(), List.of());
    assertTrue(now.size() <= 1, item.subnetId() + " has several nodes: " + now);
    if (item.code() == null) {
      assertEquals(List.of(item.nodeName()), now, "reported node exists: " + item);
      boolean created = item.outcome().equals(ReportedItem.CREATED);
      assertEquals(created, was.isEmpty(), "Created exactly when the node is new: " + item);
      return;
    }
    assertFalse(item.code().isEmpty(), "failure has a code: " + item);
    if (UNANSWERED.contains(item.code())) {
      assertTrue(item.advice().contains("may or may not exist"), item.advice());
    } else {
      assertEquals(was, now, "a rejected call changed nothing: " + item);
      assertTrue(requests.stream().anyMatch(r -> item.requestId().equals(r.requestId())
          && item.code().equals(r.errorCode())), "TKE's RequestId of the error: " + item);
    }
  }

  /** Checks that a create with no TKE response names its own invocation, for the log. */
  private static void assertUnansweredCarryInvocationId(FaultScenario scenario,
      List<ReportedItem> items) {
    for (ReportedItem item : items) {
      if (item.code() != null && UNANSWERED.contains(item.code())) {
        assertEquals(scenario.name() + "/" + item.subnetId(), item.requestId());
      }
    }
  }

  private static void assertAdvice(ReportedItem item, String text) {
    if (item.code() != null) {
      assertTrue(item.advice().contains(text), item + " advice: " + item.advice());
    }
  }

  /**
   * Derives what {@code create} must report for each subnet from the one create request the
   * emulator received for it and the fault that spoiled its response, if any.
   */
  private static List<String> oracle(List<String> subnets, List<RecordedRequest> requests) {
    List<String> outcomes = new ArrayList<>();
    for (String subnet : subnets) {
      List<RecordedRequest> sent = requests.stream()
          .filter(r -> CREATE.equals(r.action()) && subnet.equals(subnetOf(r.body())))
          .collect(Collectors.toList());
      assertEquals(1, sent.size(), "create requests for " + subnet + ": " + sent);
      outcomes.add(outcomeOf(sent.get(0)));
    }
    return outcomes;
  }

  private static String outcomeOf(RecordedRequest request) {
    List<String> faults = request.faults();
    if (faults.contains("slowAnswer")) {
      return "Failed ClientError.Timeout";
    }
    if (faults.contains("dropConnection")) {
      return "Failed ClientError.NetworkError";
    }
    if (faults.contains("malformedJson")) {
      return "Failed ClientError.ParseJsonError";
    }
    if (faults.contains("httpError")) {
      return "Failed ServerSideError";
    }
    return request.errorCode() == null ? "Created" : "Failed " + request.errorCode();
  }

  private static String subnetOf(JsonObject body) {
    if (body == null) {
      return null;
    }
    if (body.has("SubnetId")) {
      return body.get("SubnetId").getAsString();
    }
    JsonElement ids = body.get("SubnetIds");
    if (ids != null) {
      return ids.getAsJsonArray().get(0).getAsString();
    }
    JsonElement nodes = body.get("VirtualNodes");
    return nodes == null ? null
        : nodes.getAsJsonArray().get(0).getAsJsonObject().get("SubnetId").getAsString();
  }

  private static Map<String, List<String>> nodesBySubnet(FunctionFixture fixture) {
    Map<String, List<String>> nodes = new HashMap<>();
    for (VirtualNode node : fixture.emulator().state().nodes(FaultRow.CLUSTER)) {
      if (node.nodePoolId().equals(FaultRow.POOL)) {
        nodes.computeIfAbsent(node.subnetId(), k -> new ArrayList<>()).add(node.name());
      }
    }
    return nodes;
  }

  private static void assertNoLeaks(FunctionFixture fixture, GatewayWatch watch) {
    assertEquals("", SUITE.scan("function log", fixture.logText()));
    for (RuntimeException thrown : watch.thrown()) {
      assertEquals("", SUITE.scan("exception from a TKE call", thrown));
    }
  }
}
