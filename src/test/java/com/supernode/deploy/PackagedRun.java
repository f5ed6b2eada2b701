package com.supernode.deploy;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.supernode.emulator.TkeEmulator;
import com.supernode.local.LocalContext;
import com.supernode.local.ScfInvoker;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link PackagedHandlerMain} in a fresh JVM whose classpath is a packaged jar and the
 * harness classes only, never target/classes, with the settings SCF would give it.
 */
final class PackagedRun {
  /** The harness classes copied next to the jar; they use only the JDK and Gson. */
  private static final List<Class<?>> HARNESS = List.of(PackagedHandlerMain.class,
      ScfInvoker.class, ScfInvoker.HandlerLoadException.class, LocalContext.class);
  private static final long CHILD_LIMIT_SECONDS = 60;

  private final Path harness;
  private final Map<String, String> environment;

  private PackagedRun(Path harness, Map<String, String> environment) {
    this.harness = harness;
    this.environment = environment;
  }

  /**
   * Copies the harness classes into {@code harness}.
   *
   * @param environment the function environment from serverless.yml
   */
  static PackagedRun prepare(Path harness, Map<String, String> environment)
      throws IOException {
    for (Class<?> type : HARNESS) {
      String file = type.getName().replace('.', '/') + ".class";
      Path target = harness.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = type.getClassLoader().getResourceAsStream(file)) {
        Files.copy(in, target);
      }
    }
    return new PackagedRun(harness, environment);
  }

  /** Invokes {@code handler} once with {@code event} in a new JVM pointed at {@code emulator}. */
  Outcome run(Path jar, TkeEmulator emulator, String handler, int timeoutSeconds, int memoryMb,
      String event) throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory(harness.getParent(), "run");
    Path eventFile = Files.writeString(folder.resolve("event.json"), event);
    Path resultFile = folder.resolve("results.json");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(jar.toAbsolutePath() + File.pathSeparator + harness.toAbsolutePath());
    // SCF's Java runtime passes the role's keys as system properties. The endpoint is a
    // property too, so no environment variable can point the run at a real TKE endpoint.
    command.add("-DTKE_ENDPOINT=" + emulator.endpoint());
    command.add("-DTENCENTCLOUD_SECRETID=" + emulator.secretId());
    command.add("-DTENCENTCLOUD_SECRETKEY=" + emulator.secretKey());
    command.add(PackagedHandlerMain.class.getName());
    command.add(handler);
    command.add(String.valueOf(timeoutSeconds * 1000));
    command.add(String.valueOf(memoryMb));
    command.add(resultFile.toString());
    command.add(eventFile.toString());

    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("TENCENTCLOUD_REGION", emulator.region());
    Process process = builder.start();
    if (!process.waitFor(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(handler + " did not finish within " + CHILD_LIMIT_SECONDS
          + " s; its output is in " + folder);
    }
    String stderr = Files.readString(folder.resolve("stderr.txt"), StandardCharsets.UTF_8);
    JsonArray results = Files.exists(resultFile)
        ? JsonParser.parseString(Files.readString(resultFile)).getAsJsonArray()
        : new JsonArray();
    return new Outcome(process.exitValue(), stderr, results);
  }

  /** What one child JVM did: its exit status, standard error and the handler's results. */
  static final class Outcome {
    private final int exitStatus;
    private final String stderr;
    private final JsonArray results;

    Outcome(int exitStatus, String stderr, JsonArray results) {
      this.exitStatus = exitStatus;
      this.stderr = stderr;
      this.results = results;
    }

    int exitStatus() {
      return exitStatus;
    }

    String stderr() {
      return stderr;
    }

    JsonArray results() {
      return results;
    }
  }
}
