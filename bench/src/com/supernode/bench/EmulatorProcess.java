package com.supernode.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The TKE emulator in its own JVM ({@code EmulatorMain}), started on a world file and stopped
 * by {@link #close()} or, at the latest, by the benchmark JVM's shutdown hook, which also stops
 * every other process this JVM started.
 */
final class EmulatorProcess implements AutoCloseable {
  static {
    Runtime.getRuntime().addShutdownHook(new Thread(EmulatorProcess::stopAll,
        "bench-children-stop"));
  }

  private final Process process;
  private final Map<String, String> settings;

  private EmulatorProcess(Process process, Map<String, String> settings) {
    this.process = process;
    this.settings = settings;
  }

  /**
   * Starts {@code EmulatorMain} and waits up to 60 s for its {@code NAME=value} lines. Its
   * request log (stderr) goes to {@code logFile}.
   */
  static EmulatorProcess start(String classpath, Path world, int port, Path logFile)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-cp", classpath,
        "com.supernode.emulator.EmulatorMain", "--world", world.toString(),
        "--port", Integer.toString(port));
    builder.redirectError(logFile.toFile());
    Process process = builder.start();
    Map<String, String> settings = new HashMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    while (!settings.containsKey("FREE_SUBNET_IDS")) {
      String line = lines.readLine();
      if (line == null || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IOException("the emulator on " + world + " did not start: "
            + String.join(" ", Files.readAllLines(logFile, StandardCharsets.UTF_8)));
      }
      int equals = line.indexOf('=');
      if (equals > 0) {
        settings.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    settings.remove("FREE_SUBNET_IDS");
    return new EmulatorProcess(process, settings);
  }

  /** Returns the settings a function needs to reach this emulator, as environment variables. */
  Map<String, String> functionEnvironment() {
    Map<String, String> env = new HashMap<>();
    for (String name : List.of("TKE_ENDPOINT", "TKE_REGION", "TENCENTCLOUD_SECRETID",
        "TENCENTCLOUD_SECRETKEY")) {
      env.put(name, settings.get(name));
    }
    env.put("ALLOWED_CLUSTERS", "*");
    return env;
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void stopAll() {
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
  }
}
