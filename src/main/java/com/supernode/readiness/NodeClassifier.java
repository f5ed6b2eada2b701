package com.supernode.readiness;

import com.supernode.kube.KubeNode;
import com.supernode.tke.VirtualNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
 *
 * <p>A timestamp later than the check time but not later than the moment it was read (plus
 * {@link NodeTimes#CLOCK_SKEW_ALLOWANCE}) was written during the check, so its age is 0. A
 * later one is {@code ClockSkew}: no age is measured from it. Clock skew alone makes a node
 * {@code suspect}, never {@code stuck}, because a clock cannot tell whether a node works.
 */
public final class NodeClassifier {
  private final ReadinessRules rules;
  private final Instant now;
  private final Clock clock;

  /** Creates a classifier for a check made at {@code now} of data read at {@code now}. */
  public NodeClassifier(ReadinessRules rules, Instant now) {
    this(rules, now, Clock.fixed(now, ZoneOffset.UTC));
  }

  /**
   * Creates a classifier for a check made at {@code now} of data read up to the time of
   * {@code clock}, which may run ahead of {@code now} while the check lasts.
   */
  public NodeClassifier(ReadinessRules rules, Instant now, Clock clock) {
    this.rules = rules;
    this.now = now;
    this.clock = clock;
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
    NodeTimes times = NodeTimes.of(tkeNode, kubeNode, now, clock.instant());
    List<NodeProblem> problems = problems(tkeNode, kube, times);
    NodeVerdict.TkeSide tke = tkeNode == null ? null : new NodeVerdict.TkeSide(nodePoolId,
        tkeNode.subnetId(), tkeNode.phase(), tkeRequestId);
    String name = tkeNode != null ? tkeNode.name() : kubeNode.name();
    Long age = times.created == null ? null : seconds(times.created);
    Long heartbeatAge = times.heartbeat == null ? null : seconds(times.heartbeat);
    if (problems.isEmpty()) {
      return new NodeVerdict(name, tke, kube, problems, times.future, age, heartbeatAge, null,
          null, NodeState.READY);
    }
    Long notReady = times.created == null ? null : seconds(onset(problems, times));
    Long checks = notReady == null ? null
        : 1 + notReady / Math.max(1, rules.checkInterval().getSeconds());
    return new NodeVerdict(name, tke, kube, problems, times.future, age, heartbeatAge,
        notReady, checks, state(problems, age, notReady, checks));
  }

  private List<NodeProblem> problems(VirtualNode tkeNode, KubeObservation kube,
      NodeTimes times) {
    List<NodeProblem> problems = new ArrayList<>();
    if (tkeNode == null) {
      problems.add(NodeProblem.NOT_IN_TKE);
    } else if (!tkeNode.isRunning()) {
      problems.add(NodeProblem.NOT_RUNNING);
    }
    if (kube.checked()) {
      kubeProblems(kube.node().orElse(null), times, problems);
    }
    if (!times.future.isEmpty()) {
      problems.add(NodeProblem.CLOCK_SKEW);
    }
    return problems;
  }

  private void kubeProblems(KubeNode node, NodeTimes times, List<NodeProblem> problems) {
    if (node == null) {
      problems.add(NodeProblem.NOT_IN_KUBERNETES);
      return;
    }
    if (!"True".equals(node.readyStatus().orElse(null))) {
      problems.add(NodeProblem.KUBE_NOT_READY);
    }
    // A heartbeat from the future is ClockSkew, so it is neither fresh nor stale.
    if (!times.heartbeatInFuture && (times.heartbeat == null
        || seconds(times.heartbeat) > rules.heartbeatStale().getSeconds())) {
      problems.add(NodeProblem.HEARTBEAT_STALE);
    }
    if (!node.hasLabel("type", "virtual-kubelet")) {
      problems.add(NodeProblem.LABEL_MISSING);
    }
    if (!node.hasTaint("serverless", "NoSchedule")) {
      problems.add(NodeProblem.TAINT_MISSING);
    }
  }

  /**
   * Returns the earliest moment from which some problem is known to have held. Clock skew is
   * known only from this check on.
   */
  private Instant onset(List<NodeProblem> problems, NodeTimes times) {
    Instant earliest = now;
    for (NodeProblem problem : problems) {
      Instant since = times.created;
      if (problem == NodeProblem.CLOCK_SKEW) {
        since = now;
      } else if (problem == NodeProblem.KUBE_NOT_READY && times.readySince != null) {
        since = times.readySince;
      } else if (problem == NodeProblem.HEARTBEAT_STALE && times.heartbeat != null) {
        since = times.heartbeat.plus(rules.heartbeatStale());
      }
      earliest = since.isBefore(earliest) ? since : earliest;
    }
    return earliest;
  }

  private NodeState state(List<NodeProblem> problems, Long age, Long notReady, Long checks) {
    if (problems.equals(List.of(NodeProblem.CLOCK_SKEW))) {
      return NodeState.SUSPECT;
    }
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

  /**
   * Returns whole seconds from {@code time} to the check, 0 for a time after it, which only a
   * timestamp written while the check ran can be, because {@link NodeTimes} set aside the rest.
   */
  private long seconds(Instant time) {
    return Math.max(0, Duration.between(time, now).getSeconds());
  }
}
