package com.supernode.hardening;

import com.supernode.emulator.Faults;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unlucky condition for the fault suite: the emulator faults in force, function settings,
 * how far the emulator clock is off, how many subnets to fill, the outcome each creating
 * function must report per subnet, and what readiness must report.
 */
final class FaultScenario {
  private final String name;
  private final Faults faults;
  private final int subnets;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private final Map<String, List<String>> expected = new LinkedHashMap<>();
  private Duration clockSkew = Duration.ZERO;
  private String adviceMentions;
  private String readinessOutcome;

  private FaultScenario(String name, Faults faults, int subnets) {
    this.name = name;
    this.faults = faults;
    this.subnets = subnets;
  }

  /** Starts a scenario over {@code subnets} free subnets of the main pool. */
  static FaultScenario of(String name, Faults faults, int subnets) {
    return new FaultScenario(name, faults, subnets);
  }

  /** Sets a function setting for this scenario. */
  FaultScenario with(String setting, String value) {
    settings.put(setting, value);
    return this;
  }

  /** Sets the emulator clock this far ahead of the time the SDK signs with. */
  FaultScenario clockAhead(Duration skew) {
    clockSkew = skew;
    return this;
  }

  /**
   * Sets what {@code function} must report for each subnet in order, such as {@code Created}
   * or {@code Failed RequestLimitExceeded}. A scenario without an entry for a function checks
   * it against the emulator's record of each call instead.
   */
  FaultScenario expect(String function, String... outcomes) {
    if (outcomes.length != 1 && outcomes.length != subnets) {
      throw new IllegalArgumentException(name + ": give 1 or " + subnets + " outcomes");
    }
    expected.put(function, outcomes.length == 1
        ? Collections.nCopies(subnets, outcomes[0]) : Arrays.asList(outcomes));
    return this;
  }

  /** Sets what readiness must report for the main cluster, such as {@code Checked}. */
  FaultScenario expectReadiness(String outcome) {
    readinessOutcome = outcome;
    return this;
  }

  /** Requires the advice of every failed item to contain {@code text}. */
  FaultScenario adviceMentions(String text) {
    adviceMentions = text;
    return this;
  }

  String name() {
    return name;
  }

  Faults faults() {
    return faults;
  }

  int subnets() {
    return subnets;
  }

  Map<String, String> settings() {
    return settings;
  }

  Duration clockSkew() {
    return clockSkew;
  }

  Optional<List<String>> expected(FaultRow function) {
    return Optional.ofNullable(expected.get(function.toString()));
  }

  /** Returns what readiness must report for the main cluster: Checked, or Error and a code. */
  String readinessOutcome() {
    return readinessOutcome;
  }

  Optional<String> adviceMentions() {
    return Optional.ofNullable(adviceMentions);
  }

  @Override
  public String toString() {
    return name;
  }
}
