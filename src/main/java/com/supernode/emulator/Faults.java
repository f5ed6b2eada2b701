package com.supernode.emulator;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An ordered set of {@link Fault} rules and the seed for their random shares.
 *
 * <p>For each request, every rule whose action matches decides whether it fires. All
 * {@code latency} rules that fire add their delays, and the first other rule that fires decides
 * the response. Counters and the random sequence restart whenever
 * {@link TkeEmulator#setFaults(Faults)} installs a set, so the same set and seed repeat the same
 * outcomes for the same sequence of calls.
 *
 * <p>JSON form (key {@code faults} of a world file):
 *
 * <pre>{@code
 * {"seed": 7, "rules": [
 *   {"kind": "throttle", "action": "CreateClusterVirtualNode", "everyNth": 3},
 *   {"kind": "slowAnswer", "share": 0.2, "delayMs": 3000}
 * ]}
 * }</pre>
 *
 * Rule keys: {@code kind} (required: throttle, internalError, httpError, tokenFailure, latency,
 * slowAnswer, dropConnection, malformedJson), {@code action}, {@code share} (0 to 1),
 * {@code everyNth}, {@code maxTimes}, {@code delayMs}, {@code httpStatus}, {@code errorCode}.
 */
public final class Faults {
  private static final long DEFAULT_SEED = 1L;
  private static final Faults NONE = new Faults(List.of(), DEFAULT_SEED);

  private final List<Fault> rules;
  private final long seed;

  private Faults(List<Fault> rules, long seed) {
    this.rules = List.copyOf(rules);
    this.seed = seed;
  }

  public static Faults none() {
    return NONE;
  }

  public static Faults of(Fault... rules) {
    return new Faults(Arrays.asList(rules), DEFAULT_SEED);
  }

  /** Parses the JSON form described on this class; {@code source} names it in errors. */
  public static Faults fromJson(String json, String source) {
    try {
      return read(JsonObjectReader.of(source, "", JsonParser.parseString(json)));
    } catch (JsonParseException e) {
      throw new EmulatorWorldException(source + ": invalid JSON: " + e.getMessage(), e);
    }
  }

  static Faults read(JsonObjectReader reader) {
    long seed = reader.optionalLong("seed", DEFAULT_SEED, Long.MIN_VALUE);
    List<Fault> rules = new ArrayList<>();
    for (JsonObjectReader rule : reader.optionalObjects("rules")) {
      rules.add(readRule(rule));
    }
    reader.rejectUnreadKeys();
    return new Faults(rules, seed);
  }

  private static Fault readRule(JsonObjectReader rule) {
    Fault fault;
    try {
      fault = Fault.ofKind(FaultKind.fromJsonName(rule.requiredString("kind")));
      String action = rule.optionalString("action", null);
      if (action != null) {
        fault = fault.onlyFor(action);
      }
      fault = fault
          .withShare(rule.optionalDouble("share", 1.0))
          .everyNth((int) rule.optionalLong("everyNth", 0, 0))
          .atMostTimes((int) rule.optionalLong("maxTimes", 0, 0))
          .withDelayMs(rule.optionalLong("delayMs", 0, 0))
          .withHttpStatus((int) rule.optionalLong("httpStatus", Fault.DEFAULT_HTTP_STATUS, 0))
          .withErrorCode(rule.optionalString("errorCode", Fault.DEFAULT_ERROR_CODE));
    } catch (IllegalArgumentException e) {
      throw rule.failHere(e.getMessage());
    }
    rule.rejectUnreadKeys();
    return fault;
  }

  /** Returns these rules followed by {@code rule}. */
  public Faults with(Fault rule) {
    List<Fault> grown = new ArrayList<>(rules);
    grown.add(Objects.requireNonNull(rule, "rule"));
    return new Faults(grown, seed);
  }

  public Faults withSeed(long newSeed) {
    return new Faults(rules, newSeed);
  }

  public List<Fault> rules() {
    return rules;
  }

  public long seed() {
    return seed;
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Faults)) {
      return false;
    }
    Faults that = (Faults) other;
    return rules.equals(that.rules) && seed == that.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules, seed);
  }

  @Override
  public String toString() {
    return "Faults{seed=" + seed + ", rules=" + rules + "}";
  }
}
