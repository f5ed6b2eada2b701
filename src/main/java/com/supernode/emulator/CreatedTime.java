package com.supernode.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The creation time of a node listed in a world file: either an RFC 3339 timestamp or a time
 * relative to the emulator's start, {@code now} or {@code now-<amount><ms|s|m|h|d>}.
 */
final class CreatedTime {
  private static final Pattern RELATIVE = Pattern.compile("now(?:-(\\d+)(ms|s|m|h|d))?");

  private final Instant absolute;
  private final Duration beforeStart;

  private CreatedTime(Instant absolute, Duration beforeStart) {
    this.absolute = absolute;
    this.beforeStart = beforeStart;
  }

  static CreatedTime parse(String text) {
    Matcher relative = RELATIVE.matcher(text);
    if (relative.matches()) {
      Duration ago = relative.group(1) == null
          ? Duration.ZERO
          : amount(Long.parseLong(relative.group(1)), relative.group(2));
      return new CreatedTime(null, ago);
    }
    try {
      return new CreatedTime(OffsetDateTime.parse(text).toInstant(), null);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected an RFC 3339 time such as 2024-05-01T08:00:00Z"
          + " or a relative time such as now-30s, found '" + text + "'", e);
    }
  }

  private static Duration amount(long count, String unit) {
    switch (unit) {
      case "ms":
        return Duration.ofMillis(count);
      case "s":
        return Duration.ofSeconds(count);
      case "m":
        return Duration.ofMinutes(count);
      case "h":
        return Duration.ofHours(count);
      default:
        return Duration.ofDays(count);
    }
  }

  Instant resolve(Instant start) {
    return absolute != null ? absolute : start.minus(beforeStart);
  }
}
