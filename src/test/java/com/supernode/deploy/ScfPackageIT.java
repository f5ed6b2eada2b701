package com.supernode.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.RecordedRequest;
import com.supernode.emulator.TkeEmulator;
import com.supernode.local.ApiGatewayEvents;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SCF loading check: for each function in serverless.yml, a fresh JVM whose classpath is
 * the packaged jar plus the tiny {@link PackagedHandlerMain} harness loads the handler string,
 * builds the handler with its no-argument constructor, converts an event to the handler's
 * parameter type with Gson, and invokes it against the TKE emulator.
 *
 * <p>The events come from serverless.yml itself: an API Gateway event for each route and a
 * timer event whose Message is each timer's argument. A handler string with a typo, a handler
 * without a no-argument constructor, a class the shrinker dropped or a route that does not
 * match the handler's fails the check.
 */
class ScfPackageIT {
  static final Path JAR = Path.of(System.getProperty("scf.package.jar",
      "target/scf/lib/supernode-functions.jar"));

  /** The request that an API route gets when its function has no timer to copy one from. */
  static final String CREATE_REQUEST = "{\"ClusterId\":\"" + EmulatorPlaceholders.CLUSTER
      + "\",\"NodePoolId\":\"" + EmulatorPlaceholders.NODE_POOL
      + "\",\"SubnetId\":\"subnet-gz3free1\"}";

  private static final Gson GSON = new Gson();

  @TempDir
  static Path work;

  private static ServerlessYml yml;
  private static PackagedRun packaged;

  @BeforeAll
  static void prepare() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing; `mvn verify` builds it");
    yml = ServerlessYml.load(ServerlessYml.DEFAULT_PATH, EmulatorPlaceholders.values());
    packaged = PackagedRun.prepare(work.resolve("harness"), yml.environment());
  }

  @TestFactory
  List<DynamicTest> ymlFunctionsRunFromPackagedJar() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String key : yml.functionKeys()) {
      for (ServerlessYml.ApiRoute route : yml.apiRoutes()) {
        if (route.functionKey().equals(key)) {
          tests.add(DynamicTest.dynamicTest(key + " " + route.method() + " " + route.path(),
              () -> assertApiRouteSucceeds(key, route)));
        }
      }
      for (ServerlessYml.Timer timer : yml.timers()) {
        if (timer.functionKey().equals(key)) {
          tests.add(DynamicTest.dynamicTest(key + " timer " + timer.name(),
              () -> assertTimerSucceeds(key, timer)));
        }
      }
    }
    return tests;
  }

  @Test
  void everyFunctionGetsAnEvent() {
    Set<String> covered = new TreeSet<>();
    yml.apiRoutes().forEach(route -> covered.add(route.functionKey()));
    yml.timers().forEach(timer -> covered.add(timer.functionKey()));

    assertEquals(new TreeSet<>(yml.functionKeys()), covered);
  }

  @Test
  void misspeltHandlerFailsTheCheck() throws Exception {
    PackagedRun.Outcome outcome = runOnEmulator(JAR,
        "com.supernode.handler.CreateNodeHandlr::handle", 30, apiEvent("/virtual-nodes",
            CREATE_REQUEST));

    assertEquals(PackagedHandlerMain.LOAD_FAILED, outcome.exitStatus());
    assertTrue(outcome.stderr().contains("is not in the package"), outcome.stderr());
  }

  @Test
  void handlerWithoutNoArgConstructorFails() throws Exception {
    PackagedRun.Outcome outcome = runOnEmulator(JAR,
        "com.supernode.function.InvocationRunner::run", 30, apiEvent("/virtual-nodes",
            CREATE_REQUEST));

    assertEquals(PackagedHandlerMain.LOAD_FAILED, outcome.exitStatus());
    assertTrue(outcome.stderr().contains("no public no-argument constructor"), outcome.stderr());
  }

  @Test
  void classMissingFromJarFails() throws Exception {
    // commons-logging loads LogFactoryImpl by name; this is the class a plain minimizeJar drops.
    Path broken = work.resolve("without-log-factory.jar");
    copyJarWithout(JAR, broken, "org/apache/commons/logging/impl/LogFactoryImpl.class");

    PackagedRun.Outcome outcome = runOnEmulator(broken, yml.handler("create"), 30,
        apiEvent("/virtual-nodes", CREATE_REQUEST));

    assertEquals(0, outcome.exitStatus(), outcome.stderr());
    assertEquals(500, outcome.results().get(0).getAsJsonObject().get("statusCode").getAsInt());
  }

  @Test
  void clusterOutsideAllowlistGets403() throws Exception {
    String request = CREATE_REQUEST.replace(EmulatorPlaceholders.CLUSTER, "cls-novklet1");

    PackagedRun.Outcome outcome = runOnEmulator(JAR, yml.handler("create"), 30,
        apiEvent("/virtual-nodes", request));

    JsonObject response = outcome.results().get(0).getAsJsonObject();
    assertEquals(403, response.get("statusCode").getAsInt());
    assertTrue(response.get("body").getAsString().contains("ALLOWED_CLUSTERS"),
        response.get("body").getAsString());
  }

  @Test
  void jarLeavesOutDevelopmentCode() throws IOException {
    List<String> unexpected = new ArrayList<>();
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      jar.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName)
          .filter(ScfPackageIT::isUnexpected).forEach(unexpected::add);
    }

    assertEquals(List.of(), unexpected);
  }

  @Test
  void jarContainsScfContext() throws IOException {
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      assertTrue(jar.getEntry("com/qcloud/scf/runtime/Context.class") != null);
    }
  }

  private static boolean isUnexpected(String entry) {
    return entry.startsWith("com/supernode/emulator/")
        || entry.startsWith("com/supernode/local/")
        || entry.startsWith("emulator/")
        || entry.startsWith("com/alibaba/")
        || entry.startsWith("org/springframework/")
        || entry.startsWith("com/fasterxml/")
        || entry.startsWith("org/ini4j/")
        || entry.startsWith("org/bouncycastle/")
        || entry.startsWith("org/yaml/")
        || (entry.startsWith("com/qcloud/") && !entry.startsWith("com/qcloud/scf/runtime/"))
        || (entry.startsWith("com/tencentcloudapi/")
            && !entry.startsWith("com/tencentcloudapi/common/"));
  }

  private void assertApiRouteSucceeds(String key, ServerlessYml.ApiRoute route)
      throws Exception {
    String request = yml.timers().stream().filter(timer -> timer.functionKey().equals(key))
        .map(ServerlessYml.Timer::argument).findFirst().orElse(CREATE_REQUEST);
    PackagedRun.Outcome outcome = runFunction(key, apiEvent(route.path(), request));

    JsonObject response = outcome.results().get(0).getAsJsonObject();
    String body = response.get("body").getAsString();
    String where = key + " " + route.method() + " " + route.path() + " returned " + body;
    assertEquals(200, response.get("statusCode").getAsInt(), where);
    assertNull(JsonParser.parseString(body).getAsJsonObject()
        .getAsJsonObject("Response").get("Error"), where);
  }

  private void assertTimerSucceeds(String key, ServerlessYml.Timer timer) throws Exception {
    PackagedRun.Outcome outcome = runFunction(key, timerEvent(timer));

    JsonObject result = outcome.results().get(0).getAsJsonObject();
    assertNull(result.getAsJsonObject("Response").get("Error"),
        key + " timer " + timer.name() + " returned " + result);
  }

  /** Runs function {@code key} on a fresh emulator and checks what reached TKE. */
  private PackagedRun.Outcome runFunction(String key, String event) throws Exception {
    try (TkeEmulator emulator = TkeEmulator.start(EmulatorWorld.defaultWorld())) {
      PackagedRun.Outcome outcome = packaged.run(JAR, emulator, yml.handler(key),
          yml.timeoutSeconds(key), yml.memoryMb(key), event);
      assertEquals(0, outcome.exitStatus(), outcome.stderr());
      assertActionsAllowedByCamPolicy(emulator.requests());
      return outcome;
    }
  }

  private PackagedRun.Outcome runOnEmulator(Path jar, String handler, int timeoutSeconds,
      String event) throws Exception {
    try (TkeEmulator emulator = TkeEmulator.start(EmulatorWorld.defaultWorld())) {
      return packaged.run(jar, emulator, handler, timeoutSeconds, 512, event);
    }
  }

  private static void assertActionsAllowedByCamPolicy(List<RecordedRequest> requests)
      throws IOException {
    assertFalse(requests.isEmpty(), "the function made no TKE call");
    Set<String> allowed = CamPolicyFile.load().allowedActions();
    for (RecordedRequest request : requests) {
      assertTrue(allowed.contains("tke:" + request.action()), "deploy/cam-policy.json does "
          + "not allow tke:" + request.action() + ", which the function called");
    }
  }

  private static String apiEvent(String path, String body) {
    return GSON.toJson(ApiGatewayEvents.event("POST", URI.create("http://127.0.0.1" + path),
        Map.of("Content-Type", List.of("application/json")), body));
  }

  private static String timerEvent(ServerlessYml.Timer timer) {
    JsonObject event = new JsonObject();
    event.addProperty("Type", "Timer");
    event.addProperty("TriggerName", timer.name());
    event.addProperty("Time", "2026-01-05T00:30:00Z");
    event.addProperty("Message", timer.argument());
    return event.toString();
  }

  private static void copyJarWithout(Path source, Path target, String droppedEntry)
      throws IOException {
    try (ZipFile in = new ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        if (!entry.getName().equals(droppedEntry)) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          in.getInputStream(entry).transferTo(out);
          out.closeEntry();
        }
      }
    }
  }
}
