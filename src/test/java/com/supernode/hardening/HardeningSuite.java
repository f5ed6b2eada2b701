package com.supernode.hardening;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs one hardening suite under watch: it captures {@code System.out}, {@code System.err} and
 * the JDK log records of the whole test class, scans them for {@link Canaries} at the end, and
 * then prints the suite's totals as one plain line on the real standard output.
 *
 * <p>Tests scan responses, function logs and exception messages through {@link #scan} as they
 * go; the end of the class fails when any scan found a canary. Register it as a static field
 * with {@code @RegisterExtension}.
 */
final class HardeningSuite implements BeforeAllCallback, AfterAllCallback {
  private final String name;
  private final Function<HardeningSuite, String> totals;
  private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();
  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final RecordCapture records = new RecordCapture();
  private PrintStream realOut;
  private PrintStream realErr;

  /**
   * Creates a suite whose totals line reads {@code hardening NAME: TOTALS, canary leaks: N}.
   *
   * @param totals describes what the suite tried, from its counters
   */
  HardeningSuite(String name, Function<HardeningSuite, String> totals) {
    this.name = name;
    this.totals = totals;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    realOut = System.out;
    realErr = System.err;
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    Logger.getLogger("").addHandler(records);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Logger.getLogger("").removeHandler(records);
    System.setOut(realOut);
    System.setErr(realErr);
    String output = captured.toString(StandardCharsets.UTF_8);
    scan("standard output and error", output);
    scan("JDK log records", records.text());
    if (!output.isEmpty()) {
      realOut.print(Canaries.redact(output));
    }
    realOut.println("hardening " + name + ": " + totals.apply(this) + ", canary leaks: "
        + leaks.size());
    realOut.flush();
    if (!leaks.isEmpty()) {
      throw new AssertionError("Canary credentials leaked: " + String.join("; ", leaks));
    }
  }

  /** Adds one to counter {@code key}. */
  void count(String key) {
    counters.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  /** Returns counter {@code key}, 0 when it was never counted. */
  int counted(String key) {
    AtomicInteger counter = counters.get(key);
    return counter == null ? 0 : counter.get();
  }

  /**
   * Scans {@code text} for canaries, remembers each leak for the end of the suite, and returns
   * a description of the leaks found here; empty when there are none.
   */
  String scan(String where, String text) {
    List<String> found = Canaries.foundIn(text);
    if (found.isEmpty()) {
      return "";
    }
    String leak = where + " contains " + found + ": " + Canaries.redact(text);
    leaks.add(leak);
    return leak;
  }

  /** Scans the messages and string forms of {@code error} and all its causes. */
  String scan(String where, Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return scan(where, trace.toString());
  }

  /** Collects every JDK log record, formatted with its exception, while the suite runs. */
  private static final class RecordCapture extends Handler {
    private final StringBuffer text = new StringBuffer();
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      text.append(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    String text() {
      return text.toString();
    }
  }
}
