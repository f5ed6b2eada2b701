package com.supernode.readiness;

import java.util.ArrayList;
import java.util.List;

/** Builds the message that explains to an on-call engineer why a node is not ready. */
final class NodeMessages {
  private NodeMessages() {}

  static String describe(NodeVerdict node, ReadinessRules rules) {
    List<String> reasons = new ArrayList<>();
    for (NodeProblem problem : node.problems()) {
      reasons.add(problem.describe(detail(problem, node, rules)));
    }
    String summary = "Node " + node.name() + " is not ready"
        + (node.state() == NodeState.STARTING ? " yet: " : ": ") + String.join("; ", reasons)
        + ". ";
    long grace = rules.grace().getSeconds();
    if (node.ageSeconds().isEmpty()) {
      return summary + "Neither TKE nor Kubernetes gives a readable creation time, so its age is "
          + "unknown and it counts as stuck.";
    }
    switch (node.state()) {
      case STARTING:
        return summary + "It was created " + node.ageSeconds().get() + " s ago, within the "
            + "grace period of " + grace + " s.";
      case SUSPECT:
        return summary + "It has been so for " + node.notReadySeconds().get() + " s, check "
            + node.notReadyChecks().get() + " of the " + rules.alarmAfterChecks()
            + " that raise an alarm.";
      default:
        return summary + "It has been so for " + node.notReadySeconds().get() + " s over "
            + node.notReadyChecks().get() + " checks, which reaches the alarm threshold of "
            + rules.alarmAfterChecks() + " checks or " + grace + " s.";
    }
  }

  /** Returns the Ready status for a record: its value, {@code absent} or null when unasked. */
  static String kubeReady(KubeObservation kube) {
    if (!kube.checked()) {
      return null;
    }
    return kube.node().map(node -> node.readyStatus().orElse("none")).orElse("absent");
  }

  private static String detail(NodeProblem problem, NodeVerdict node, ReadinessRules rules) {
    switch (problem) {
      case NOT_RUNNING:
        return node.phase() == null ? "no phase" : node.phase();
      case KUBE_NOT_READY:
        return kubeReady(node.kube());
      case HEARTBEAT_STALE:
        return node.heartbeatAgeSeconds()
            .map(age -> age + " s old, more than " + rules.heartbeatStale().getSeconds() + " s")
            .orElse("missing");
      default:
        return "";
    }
  }
}
