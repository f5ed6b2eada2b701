package com.supernode.deploy;

import com.supernode.local.LocalContext;
import com.supernode.local.ScfInvoker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays SCF's Java runtime in a JVM whose classpath is the packaged jar and this harness only:
 * loads one handler string, builds the handler once, and invokes it with each event file in
 * turn, as one warm instance would.
 *
 * <p>Arguments: handler string, time limit in ms, memory in MB, result file, event files. The
 * result file gets a JSON array with each invocation's return value. Functions log to stdout,
 * so results go to a file. Exit status 0 means every invocation returned; 2 means the handler
 * could not be loaded or threw.
 *
 * <p>This class may use only the JDK, {@link ScfInvoker} and {@link LocalContext}: the check
 * copies exactly those classes next to the jar.
 */
public final class PackagedHandlerMain {
  static final int LOAD_FAILED = 2;

  private PackagedHandlerMain() {}

  public static void main(String[] args) throws IOException {
    String handler = args[0];
    int timeLimitMs = Integer.parseInt(args[1]);
    int memoryMb = Integer.parseInt(args[2]);
    Path resultFile = Path.of(args[3]);
    List<String> results = new ArrayList<>();
    try {
      ScfInvoker invoker = ScfInvoker.load(handler, PackagedHandlerMain.class.getClassLoader());
      for (int i = 4; i < args.length; i++) {
        String event = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
        results.add(invoker.invoke(event, new LocalContext(timeLimitMs, memoryMb)));
      }
    } catch (ScfInvoker.HandlerLoadException e) {
      System.err.println("SCF loading check: " + e.getMessage());
      System.exit(LOAD_FAILED);
    }
    Files.writeString(resultFile, "[" + String.join(",", results) + "]",
        StandardCharsets.UTF_8);
  }
}
