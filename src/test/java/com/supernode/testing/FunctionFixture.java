package com.supernode.testing;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.qcloud.scf.runtime.Context;
import com.supernode.config.Settings;
import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.TkeEmulator;
import com.supernode.function.FunctionEnvironment;
import com.supernode.log.JsonLog;
import com.supernode.tke.TkeGatewayFactory;
import com.supernode.tke.TkeSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An emulator plus a function environment pointed at it, with the function's log captured.
 * Close it after each test.
 */
public final class FunctionFixture implements AutoCloseable {
  private static final Gson GSON = new Gson();

  private final TkeEmulator emulator;
  private final Map<String, String> settings = new HashMap<>();
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final PrintStream logStream = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
  private Clock clock = Clock.systemUTC();

  public FunctionFixture(EmulatorWorld world) {
    this.emulator = TkeEmulator.start(world);
    settings.put(TkeSettings.ENDPOINT, emulator.endpoint());
    settings.put(TkeSettings.REGION, emulator.region());
    settings.put("TENCENTCLOUD_SECRETID", emulator.secretId());
    settings.put("TENCENTCLOUD_SECRETKEY", emulator.secretKey());
    world.token().ifPresent(token -> settings.put("TENCENTCLOUD_SESSIONTOKEN", token));
    settings.put("ALLOWED_CLUSTERS", "*");
  }

  public static FunctionFixture defaultWorld() {
    return new FunctionFixture(EmulatorWorld.defaultWorld());
  }

  public TkeEmulator emulator() {
    return emulator;
  }

  /** Sets or, with a null value, removes a function setting. */
  public FunctionFixture set(String name, String value) {
    if (value == null) {
      settings.remove(name);
    } else {
      settings.put(name, value);
    }
    return this;
  }

  public FunctionFixture clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** Builds an environment from the settings as they are now. */
  public FunctionEnvironment environment() {
    return environment(UnaryOperator.identity());
  }

  /**
   * Builds an environment from the settings as they are now, whose SDK gateway factory passes
   * through {@code decorator}, so a test can watch or alter every TKE call.
   */
  public FunctionEnvironment environment(UnaryOperator<TkeGatewayFactory> decorator) {
    Settings snapshot = Settings.of(Map.copyOf(settings));
    return new FunctionEnvironment(snapshot,
        s -> decorator.apply(TkeGatewayFactory.sdk(TkeSettings.from(s))),
        new JsonLog(() -> logStream, clock), clock);
  }

  /** Parses the function's log lines so far, one JSON object per line. */
  public List<JsonObject> logRecords() {
    List<JsonObject> records = new ArrayList<>();
    for (String line : logText().split("\n")) {
      if (!line.isBlank()) {
        records.add(JsonParser.parseString(line).getAsJsonObject());
      }
    }
    return records;
  }

  public String logText() {
    return logBytes.toString(StandardCharsets.UTF_8);
  }

  /** Parses a JSON event the way SCF hands it to a handler. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> event(String json) {
    return GSON.fromJson(json, Map.class);
  }

  public static Context context(int timeLimitMs) {
    return context("test-request-id", timeLimitMs);
  }

  /** Returns a context with its own request ID, for tests that run many invocations. */
  public static Context context(String requestId, int timeLimitMs) {
    return new Context() {
      @Override
      public String getRequestId() {
        return requestId;
      }

      @Override
      public int getTimeLimitInMs() {
        return timeLimitMs;
      }

      @Override
      public int getMemoryLimitInMb() {
        return 512;
      }
    };
  }

  /** Reads an API Gateway answer's body as JSON. */
  public static JsonObject body(Map<String, Object> apiGatewayAnswer) {
    return JsonParser.parseString((String) apiGatewayAnswer.get("body")).getAsJsonObject();
  }

  /** Converts a direct or timer result back into JSON. */
  public static JsonObject json(Map<String, Object> answer) {
    return JsonParser.parseString(GSON.toJson(answer)).getAsJsonObject();
  }

  @Override
  public void close() {
    emulator.close();
  }
}
