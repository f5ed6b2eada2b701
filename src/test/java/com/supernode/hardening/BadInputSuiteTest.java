package com.supernode.hardening;

import static com.supernode.testing.FunctionFixture.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.function.ClusterAllowlist;
import com.supernode.testing.FunctionFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every corpus case through every function in every event shape it applies to, against
 * one emulator whose credentials are canaries, and checks the exact rejection: status, code and
 * field, no stack trace or class name in the response, no canary anywhere, and no TKE call.
 */
class BadInputSuiteTest {
  private static final List<CorpusCase> CORPUS = Corpus.load();
  private static final Gson GSON = new Gson();
  /** Text that shows a stack trace or an internal class name reached the caller. */
  private static final List<String> TRACE_MARKERS =
      List.of("\tat ", "Exception", "com.supernode.", "java.lang.");
  /** Bounds the response, so a huge input value is never echoed whole. */
  private static final int MAX_ANSWER_CHARS = 8 * 1024;

  @RegisterExtension
  static final HardeningSuite SUITE = new HardeningSuite("bad-input", suite ->
      CORPUS.size() + " cases in " + suite.counted("invocations") + " invocations over "
          + FunctionRow.ALL.size() + " functions x " + EventShape.values().length
          + " shapes tried, " + suite.counted("rejected") + " rejected as expected");

  private static FunctionFixture fixture;

  @BeforeAll
  static void startEmulator() {
    fixture = new FunctionFixture(Canaries.world());
    fixture.set(ClusterAllowlist.SETTING, "cls-main0001");
  }

  @AfterAll
  static void stopEmulator() {
    fixture.close();
  }

  @Test
  void corpusHasAtLeastSixtyCases() {
    assertTrue(CORPUS.size() >= 60, () -> "corpus has only " + CORPUS.size() + " cases");
  }

  @Test
  void corpusCoversEveryShape() {
    for (EventShape shape : EventShape.values()) {
      long cases = CORPUS.stream().filter(c -> c.shapes().contains(shape)).count();
      assertTrue(cases >= 20, () -> shape.jsonName() + " has only " + cases + " cases");
    }
  }

  @TestFactory
  List<DynamicNode> everyCaseIsRejectedCleanly() {
    List<DynamicNode> nodes = new ArrayList<>();
    for (CorpusCase corpusCase : CORPUS) {
      List<DynamicTest> runs = new ArrayList<>();
      for (FunctionRow function : FunctionRow.ALL) {
        for (EventShape shape : corpusCase.shapes()) {
          runs.add(DynamicTest.dynamicTest(function + " " + shape.jsonName(),
              () -> run(corpusCase, function, shape)));
        }
      }
      nodes.add(DynamicContainer.dynamicContainer(corpusCase.name(), runs));
    }
    return nodes;
  }

  private void run(CorpusCase corpusCase, FunctionRow function, EventShape shape) {
    Expectation expected = corpusCase.expectation(shape, function);
    String requestId = corpusCase.name() + "/" + function + "/" + shape.jsonName();
    fixture.emulator().clearRequests();
    int logStart = fixture.logText().length();
    GatewayWatch watch = new GatewayWatch();

    Map<String, Object> answer = function.handlerOn(fixture.environment(watch::wrap))
        .handle(corpusCase.event(shape, function), context(requestId, 30_000));

    SUITE.count("invocations");
    String answerText = GSON.toJson(answer);
    String log = fixture.logText().substring(logStart);
    assertEquals("", SUITE.scan("answer to " + requestId, answerText));
    assertEquals("", SUITE.scan("log of " + requestId, log));
    JsonObject response = responseOf(answer, shape, expected);
    JsonObject error = response.getAsJsonObject("Error");
    assertEquals(expected.code(), error.get("Code").getAsString(), answerText);
    assertEquals(expected.field(), error.get("Field").getAsString(), answerText);
    assertEquals(expected.field(), error.getAsJsonArray("Errors").get(0).getAsJsonObject()
        .get("Field").getAsString(), answerText);
    assertFalse(error.get("Message").getAsString().isBlank(), answerText);
    assertEquals(requestId, response.get("RequestId").getAsString());
    assertTrue(answerText.length() < MAX_ANSWER_CHARS, () -> "response has "
        + answerText.length() + " characters");
    List<String> texts = strings(answer);
    if (shape == EventShape.API_GATEWAY) {
      texts.addAll(strings(GSON.fromJson((String) answer.get("body"), Object.class)));
    }
    String visible = String.join("\n", texts);
    for (String marker : TRACE_MARKERS) {
      assertFalse(visible.contains(marker), () -> "response shows '" + marker + "': " + visible);
    }
    assertTrue(fixture.emulator().requests().isEmpty(), "the emulator received a request");
    assertEquals(0, watch.opened(), "the function opened a TKE gateway");
    assertLogged(log, function, expected, answerText);
    SUITE.count("rejected");
  }

  /** Checks the HTTP status where HTTP applies and returns the {@code Response} object. */
  private static JsonObject responseOf(Map<String, Object> answer, EventShape shape,
      Expectation expected) {
    JsonObject body;
    if (shape == EventShape.API_GATEWAY) {
      assertEquals(expected.status(), answer.get("statusCode"), () -> GSON.toJson(answer));
      body = FunctionFixture.body(answer);
    } else {
      assertFalse(answer.containsKey("statusCode"), () -> GSON.toJson(answer));
      body = FunctionFixture.json(answer);
    }
    return body.getAsJsonObject("Response");
  }

  /** Checks the failure record and the outcome of the finishing record, for every trigger. */
  private static void assertLogged(String log, FunctionRow function, Expectation expected,
      String answerText) {
    List<JsonObject> records = log.lines().filter(line -> !line.isBlank())
        .map(line -> JsonParser.parseString(line).getAsJsonObject())
        .collect(Collectors.toList());
    JsonObject failed = records.stream()
        .filter(r -> r.get("event").getAsString().equals(function + ".failed"))
        .findFirst().orElseThrow(() -> new AssertionError("no failure record: " + log));
    JsonObject finished = records.get(records.size() - 1);
    assertEquals(expected.code(), failed.get("code").getAsString(), answerText);
    assertEquals(function + ".finished", finished.get("event").getAsString(), log);
    assertEquals(expected.status(), finished.get("outcome").getAsInt(), log);
  }

  /** Returns every string in the response, unescaped, including the API Gateway body. */
  private static List<String> strings(Object value) {
    List<String> found = new ArrayList<>();
    if (value instanceof String) {
      found.add((String) value);
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        found.add(String.valueOf(entry.getKey()));
        found.addAll(strings(entry.getValue()));
      }
    } else if (value instanceof Iterable) {
      for (Object item : (Iterable<?>) value) {
        found.addAll(strings(item));
      }
    }
    return found;
  }
}
