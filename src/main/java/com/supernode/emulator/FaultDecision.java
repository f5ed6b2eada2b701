package com.supernode.emulator;

import java.util.List;

/** The faults that fired for one request: a total latency and at most one response rule. */
final class FaultDecision {
  static final FaultDecision NONE = new FaultDecision(0, null, List.of());

  private final long latencyMs;
  private final Fault responseFault;
  private final List<String> firedNames;

  FaultDecision(long latencyMs, Fault responseFault, List<String> firedNames) {
    this.latencyMs = latencyMs;
    this.responseFault = responseFault;
    this.firedNames = List.copyOf(firedNames);
  }

  long latencyMs() {
    return latencyMs;
  }

  /** Returns the rule that decides the response, or null to respond normally. */
  Fault responseFault() {
    return responseFault;
  }

  boolean respondsBeforeAction() {
    return responseFault != null && !responseFault.kind().actsAfterAction();
  }

  boolean respondsAfterAction() {
    return responseFault != null && responseFault.kind().actsAfterAction();
  }

  List<String> firedNames() {
    return firedNames;
  }
}
