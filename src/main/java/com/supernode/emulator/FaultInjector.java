package com.supernode.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The running counters and random sequence of one installed {@link Faults} set.
 *
 * <p>Every rule counts each call that matches its action, even when an earlier rule already
 * decided the response, so {@code everyNth} counts calls, not firings. {@code maxTimes} counts only
 * the firings that took effect.
 */
final class FaultInjector {
  private final Faults faults;
  private final Random random;
  private final List<Map<String, Integer>> callCounts = new ArrayList<>();
  private final int[] firings;

  FaultInjector(Faults faults) {
    this.faults = faults;
    this.random = new Random(faults.seed());
    this.firings = new int[faults.rules().size()];
    faults.rules().forEach(rule -> callCounts.add(new HashMap<>()));
  }

  Faults faults() {
    return faults;
  }

  synchronized FaultDecision decide(String action) {
    if (faults.isEmpty()) {
      return FaultDecision.NONE;
    }
    long latencyMs = 0;
    Fault responseFault = null;
    List<String> fired = new ArrayList<>();
    for (int i = 0; i < faults.rules().size(); i++) {
      Fault rule = faults.rules().get(i);
      if (!rule.appliesTo(action) || !fires(i, rule, action)) {
        continue;
      }
      if (rule.kind() == FaultKind.LATENCY) {
        latencyMs += rule.delayMs();
      } else if (responseFault == null) {
        responseFault = rule;
      } else {
        continue;
      }
      firings[i]++;
      fired.add(rule.kind().jsonName());
    }
    return new FaultDecision(latencyMs, responseFault, fired);
  }

  private boolean fires(int index, Fault rule, String action) {
    int call = callCounts.get(index).merge(action, 1, Integer::sum);
    boolean selected;
    if (rule.everyNth() > 0) {
      selected = call % rule.everyNth() == 0;
    } else {
      selected = rule.share() >= 1.0 || random.nextDouble() < rule.share();
    }
    return selected && (rule.maxTimes() == 0 || firings[index] < rule.maxTimes());
  }
}
