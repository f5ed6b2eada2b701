package com.supernode.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path tempDir;

  @Test
  void printsSettingsForDefaultWorld() {
    try (TkeEmulator emulator = launch()) {
      Map<String, String> settings = settings();

      assertEquals(List.of("TKE_ENDPOINT", "TKE_REGION", "TENCENTCLOUD_SECRETID",
          "TENCENTCLOUD_SECRETKEY", "CLUSTER_ID", "NODE_POOL_ID", "FREE_SUBNET_IDS"),
          List.copyOf(settings.keySet()));
      assertEquals(emulator.endpoint(), settings.get("TKE_ENDPOINT"));
      assertEquals("ap-guangzhou", settings.get("TKE_REGION"));
      assertEquals("emulator-secret-id", settings.get("TENCENTCLOUD_SECRETID"));
      assertEquals("emulator-secret-key", settings.get("TENCENTCLOUD_SECRETKEY"));
      assertEquals("cls-main0001", settings.get("CLUSTER_ID"));
      assertEquals("np-normal01", settings.get("NODE_POOL_ID"));
      assertEquals("subnet-gz3free1,subnet-gz4free1,subnet-gz6free1",
          settings.get("FREE_SUBNET_IDS"));
    }
  }

  @Test
  void logsOneJsonLinePerRequestWithoutSecrets() throws TencentCloudSDKException {
    try (TkeEmulator emulator = launch()) {
      err.reset();
      String name = SdkClients.createNode(emulator, "subnet-gz3free1");

      String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
      JsonObject line = JsonParser.parseString(lines[0]).getAsJsonObject();

      assertEquals(1, lines.length);
      assertEquals("request", line.get("event").getAsString());
      assertEquals(CreateVirtualNodeAction.NAME, line.get("action").getAsString());
      assertTrue(line.get("code").isJsonNull());
      assertEquals(emulator.requests().get(0).requestId(), line.get("requestId").getAsString());
      assertFalse(lines[0].contains(emulator.secretKey()), lines[0]);
      assertFalse(lines[0].contains(emulator.secretId()), lines[0]);
      assertEquals("eklet-subnet-gz3free1-0", name);
    }
  }

  @Test
  void worldFileAndPortAreUsed() throws Exception {
    Path world = tempDir.resolve("world.json");
    Files.writeString(world, TestWorlds.minimal(), StandardCharsets.UTF_8);

    try (TkeEmulator emulator = EmulatorMain.launch(
        new String[] {"--world", world.toString(), "--port", "0"}, print(out), print(err))) {
      assertEquals("test-id", settings().get("TENCENTCLOUD_SECRETID"));
      assertEquals("subnet-aaaa0001", settings().get("FREE_SUBNET_IDS"));
      assertTrue(emulator.port() > 0);
    }
  }

  @Test
  void helpPrintsUsageAndStartsNothing() {
    TkeEmulator emulator = EmulatorMain.launch(new String[] {"--help"}, print(out), print(err));

    assertNull(emulator);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: EmulatorMain"));
  }

  @Test
  void unknownArgumentIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> EmulatorMain.launch(new String[] {"--wrld", "x"}, print(out), print(err)));

    assertEquals("unknown argument '--wrld'", error.getMessage());
  }

  @Test
  void portOutOfRangeIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> EmulatorMain.launch(new String[] {"--port", "70000"}, print(out), print(err)));

    assertEquals("--port must be 0 to 65535, found '70000'", error.getMessage());
  }

  @Test
  void flagWithoutValueIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> EmulatorMain.launch(new String[] {"--world"}, print(out), print(err)));

    assertEquals("--world needs a value", error.getMessage());
  }

  private TkeEmulator launch() {
    return EmulatorMain.launch(new String[0], print(out), print(err));
  }

  private Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      String[] pair = line.split("=", 2);
      settings.put(pair[0], pair[1]);
    }
    return settings;
  }

  private static PrintStream print(ByteArrayOutputStream target) {
    return new PrintStream(target, true, StandardCharsets.UTF_8);
  }
}
