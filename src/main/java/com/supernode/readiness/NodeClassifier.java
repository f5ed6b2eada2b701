package com.supernode.readiness;

import com.supernode.kube.KubeNode;
import com.supernode.tke.VirtualNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides each node's state from TKE's view and, when it was reached, Kubernetes' view.
 *
 * <p>A node is ready only when TKE reports {@code Running} and Kubernetes has it with
 * {@code Ready=True}, a fresh heartbeat, the label {@code type=virtual-kubelet} and the taint
 * {@code serverless:NoSchedule}. TKE documents no phase but {@code Running}, so every other
 * value counts as not ready.
 *
 * <p>A node that is not ready is {@code starting} while younger than the grace period. After
 * that it is {@code stuck}, the alarm level, once it has been not ready for the configured
 * number of consecutive checks or longer than the grace period, and {@code suspect} before.
 * The time not ready comes from timestamps that TKE and Kubernetes keep: the Ready condition's
 * last transition, the last heartbeat plus the stale threshold, or else the creation time. So
 * the count needs no memory between invocations and survives a cold start.
 * A node whose age is unknown counts as stuck, or it could stay "starting" forever.
 */
public final class NodeClassifier {
  private final ReadinessRules rules;
  private final Instant now;

  /** Creates a classifier for a check made at {@code now}. */
  public NodeClassifier(ReadinessRules rules, Instant now) {
    this.rules = rules;
    this.now = now;
  }

  /**
   * Classifies one node.
   *
   * @param tkeNode TKE's node, or null for a node only Kubernetes has
   * @param kube what Kubernetes said, or {@link KubeObservation#notChecked()}
   */
  public NodeVerdict classify(String nodePoolId, VirtualNode tkeNode, String tkeRequestId,
      KubeObservation kube) {
    KubeNode kubeNode = kube.node().orElse(null);
    Instant created = created(tkeNode, kubeNode);
    Instant heartbeat = kubeNode == null ? null : kubeNode.lastHeartbeatTime().orElse(null);
    List<NodeProblem> problems = problems(tkeNode, kube, heartbeat);
    NodeVerdict.TkeSide tke = tkeNode == null ? null : new NodeVerdict.TkeSide(nodePoolId,
        tkeNode.subnetId(), tkeNode.phase(), tkeRequestId);
    String name = tkeNode != null ? tkeNode.name() : kubeNode.name();
    Long age = created == null ? null : seconds(created);
    Long heartbeatAge = heartbeat == null ? null : seconds(heartbeat);
    if (problems.isEmpty()) {
      return new NodeVerdict(name, tke, kube, problems, age, heartbeatAge, null, null,
          NodeState.READY);
    }
    Long notReady = created == null ? null : seconds(onset(problems, created, kubeNode));
    Long checks = notReady == null ? null
        : 1 + notReady / Math.max(1, rules.checkInterval().getSeconds());
    return new NodeVerdict(name, tke, kube, problems, age, heartbeatAge, notReady, checks,
        state(age, notReady, checks));
  }

  private List<NodeProblem> problems(VirtualNode tkeNode, KubeObservation kube,
      Instant heartbeat) {
    List<NodeProblem> problems = new ArrayList<>();
    if (tkeNode == null) {
      problems.add(NodeProblem.NOT_IN_TKE);
    } else if (!tkeNode.isRunning()) {
      problems.add(NodeProblem.NOT_RUNNING);
    }
    if (!kube.checked()) {
      return problems;
    }
    KubeNode node = kube.node().orElse(null);
    if (node == null) {
      problems.add(NodeProblem.NOT_IN_KUBERNETES);
      return problems;
    }
    if (!"True".equals(node.readyStatus().orElse(null))) {
      problems.add(NodeProblem.KUBE_NOT_READY);
    }
    if (heartbeat == null || seconds(heartbeat) > rules.heartbeatStale().getSeconds()) {
      problems.add(NodeProblem.HEARTBEAT_STALE);
    }
    if (!node.hasLabel("type", "virtual-kubelet")) {
      problems.add(NodeProblem.LABEL_MISSING);
    }
    if (!node.hasTaint("serverless", "NoSchedule")) {
      problems.add(NodeProblem.TAINT_MISSING);
    }
    return problems;
  }

  /** Returns the earliest moment from which some problem is known to have held. */
  private Instant onset(List<NodeProblem> problems, Instant created, KubeNode kubeNode) {
    Instant earliest = now;
    for (NodeProblem problem : problems) {
      Instant since = created;
      if (problem == NodeProblem.KUBE_NOT_READY) {
        since = kubeNode.lastTransitionTime().orElse(created);
      } else if (problem == NodeProblem.HEARTBEAT_STALE) {
        since = kubeNode.lastHeartbeatTime()
            .map(heartbeat -> heartbeat.plus(rules.heartbeatStale()))
            .orElse(created);
      }
      earliest = since.isBefore(earliest) ? since : earliest;
    }
    return earliest;
  }

  private NodeState state(Long age, Long notReady, Long checks) {
    if (age == null) {
      return NodeState.STUCK;
    }
    long grace = rules.grace().getSeconds();
    if (age < grace) {
      return NodeState.STARTING;
    }
    return checks >= rules.alarmAfterChecks() || notReady >= grace
        ? NodeState.STUCK : NodeState.SUSPECT;
  }

  /** Returns TKE's creation time, or Kubernetes' when TKE has none readable. */
  private static Instant created(VirtualNode tkeNode, KubeNode kubeNode) {
    String text = tkeNode == null ? null : tkeNode.createdTime().orElse(null);
    if (text != null && !text.isBlank()) {
      try {
        return OffsetDateTime.parse(text.trim()).toInstant();
      } catch (DateTimeParseException e) {
        // Fall back to Kubernetes' creation time below.
      }
    }
    return kubeNode == null ? null : kubeNode.creationTimestamp().orElse(null);
  }

  /** Returns whole seconds from {@code time} to the check, 0 for a time ahead of it. */
  private long seconds(Instant time) {
    return Math.max(0, Duration.between(time, now).getSeconds());
  }
}
