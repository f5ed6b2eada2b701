package com.supernode.log;

import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes one flat JSON object per line to standard output, which SCF ships to CLS.
 *
 * <p>Records carry only the keys of {@link LogField}. Callers must not pass credentials, raw
 * events or request headers as values.
 */
public final class JsonLog {
  /** Severity; an alarm matches {@code level:ERROR}. */
  public enum Level {
    INFO,
    WARN,
    ERROR
  }

  private final Supplier<PrintStream> out;
  private final Clock clock;

  /**
   * Creates a log that writes to {@code out}, resolved at each write so a local runner can
   * redirect {@code System.out} after the log is created.
   */
  public JsonLog(Supplier<PrintStream> out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** Returns a log to the current {@code System.out} with UTC wall-clock time. */
  public static JsonLog toStdout() {
    return new JsonLog(() -> System.out, Clock.systemUTC());
  }

  /** Starts a record of {@code event} at {@code level}. */
  public Record record(Level level, String event) {
    return new Record(level, event);
  }

  /** One log line under construction; {@link #write()} sends it. */
  public final class Record {
    private final Map<LogField, Object> fields = new EnumMap<>(LogField.class);

    private Record(Level level, String event) {
      fields.put(LogField.LEVEL, level.name());
      fields.put(LogField.EVENT, event);
    }

    /** Sets {@code field}; a null value leaves the key out of the line. */
    public Record with(LogField field, Object value) {
      if (value != null) {
        fields.put(field, value);
      }
      return this;
    }

    /** Sets the record's time instead of the log clock's current time. */
    public Record at(Instant time) {
      fields.put(LogField.TIMESTAMP, time.truncatedTo(ChronoUnit.MILLIS).toString());
      return this;
    }

    public void write() {
      fields.putIfAbsent(LogField.TIMESTAMP,
          clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
      JsonObject line = new JsonObject();
      for (Map.Entry<LogField, Object> entry : fields.entrySet()) {
        Object value = entry.getValue();
        String key = entry.getKey().key();
        if (value instanceof Number) {
          line.addProperty(key, (Number) value);
        } else if (value instanceof Boolean) {
          line.addProperty(key, (Boolean) value);
        } else {
          line.addProperty(key, String.valueOf(value));
        }
      }
      PrintStream stream = out.get();
      // One println per record, so lines from concurrent invocations never interleave.
      stream.println(line.toString());
      stream.flush();
    }
  }
}
