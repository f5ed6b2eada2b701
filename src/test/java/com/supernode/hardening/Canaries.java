package com.supernode.hardening;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.emulator.EmulatorWorld;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognisable credential values for the hardening suites, and the check that none of them
 * appears in a text. Every value contains {@link #MARKER}, so a value that was cut short or
 * partly masked is still found.
 */
final class Canaries {
  static final String MARKER = "canaryHardening";
  static final String SECRET_ID = "AKIDcanaryHardeningSecretId7Qx2";
  static final String SECRET_KEY = "canaryHardeningSecretKey5Vb3Lm8";
  static final String SESSION_TOKEN = "canaryHardeningSessionToken9Zr4";
  /** A key the emulator does not accept, for invocations that must fail to sign. */
  static final String WRONG_SECRET_KEY = "canaryHardeningWrongSecretKey1Ke";
  /** A session token the emulator does not accept, as after the role's keys rotated. */
  static final String STALE_TOKEN = "canaryHardeningStaleToken3Wd6";

  /**
   * The end of the PEM header of the client key in a kubeconfig, which readiness fetches with
   * DescribeClusterKubeconfig. The emulator generates the key, so only its header is known.
   */
  static final String KUBECONFIG_KEY_MARKER = "PRIVATE KEY-----";

  private static final Map<String, String> NAMED = new LinkedHashMap<>();

  static {
    NAMED.put("secretId", SECRET_ID);
    NAMED.put("secretKey", SECRET_KEY);
    NAMED.put("sessionToken", SESSION_TOKEN);
    NAMED.put("wrongSecretKey", WRONG_SECRET_KEY);
    NAMED.put("staleToken", STALE_TOKEN);
    NAMED.put("kubeconfigPrivateKey", KUBECONFIG_KEY_MARKER);
    NAMED.put("marker", MARKER);
  }

  private Canaries() {}

  /** Returns the default emulator world with the canaries as its credentials and token. */
  static EmulatorWorld world() {
    return world(JsonParser.parseString(defaultWorldJson()).getAsJsonObject());
  }

  /** Returns the world of {@code worldJson} with the canaries as its credentials and token. */
  static EmulatorWorld world(JsonObject worldJson) {
    JsonObject credentials = new JsonObject();
    credentials.addProperty("secretId", SECRET_ID);
    credentials.addProperty("secretKey", SECRET_KEY);
    credentials.addProperty("token", SESSION_TOKEN);
    JsonObject world = worldJson.deepCopy();
    world.add("credentials", credentials);
    return EmulatorWorld.fromJson(world.toString());
  }

  /** Names the canaries found in {@code text}; empty when there are none. */
  static List<String> foundIn(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    for (Map.Entry<String, String> canary : NAMED.entrySet()) {
      if (text.contains(canary.getValue())) {
        found.add(canary.getKey());
      }
    }
    return found;
  }

  /** Replaces every canary in {@code text}, so a failure message can quote the text. */
  static String redact(String text) {
    String redacted = text;
    for (Map.Entry<String, String> canary : NAMED.entrySet()) {
      redacted = redacted.replace(canary.getValue(), "<canary " + canary.getKey() + ">");
    }
    return redacted;
  }

  private static String defaultWorldJson() {
    try (InputStream in = Canaries.class.getClassLoader()
        .getResourceAsStream("emulator/default-world.json")) {
      if (in == null) {
        throw new IllegalStateException("class-path resource emulator/default-world.json is "
            + "missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
