package com.supernode.readiness;

import java.util.List;
import java.util.Optional;

/**
 * One node as the check saw it: TKE's view, Kubernetes' view, what is wrong, for how long, and
 * the resulting state.
 */
public final class NodeVerdict {
  private final String name;
  private final TkeSide tke;
  private final KubeObservation kube;
  private final List<NodeProblem> problems;
  private final Long ageSeconds;
  private final Long heartbeatAgeSeconds;
  private final Long notReadySeconds;
  private final Long notReadyChecks;
  private final NodeState state;

  /** TKE's view of a node: its pool, subnet, phase and the listing's RequestId. */
  public static final class TkeSide {
    private final String nodePoolId;
    private final String subnetId;
    private final String phase;
    private final String requestId;

    public TkeSide(String nodePoolId, String subnetId, String phase, String requestId) {
      this.nodePoolId = nodePoolId;
      this.subnetId = subnetId;
      this.phase = phase;
      this.requestId = requestId;
    }

    public String nodePoolId() {
      return nodePoolId;
    }

    public String subnetId() {
      return subnetId;
    }

    /** Returns TKE's phase exactly as it came, which may be null. */
    public String phase() {
      return phase;
    }

    /** Returns the RequestId of the DescribeClusterVirtualNode response that listed the node. */
    public String requestId() {
      return requestId;
    }
  }

  NodeVerdict(String name, TkeSide tke, KubeObservation kube, List<NodeProblem> problems,
      Long ageSeconds, Long heartbeatAgeSeconds, Long notReadySeconds, Long notReadyChecks,
      NodeState state) {
    this.name = name;
    this.tke = tke;
    this.kube = kube;
    this.problems = List.copyOf(problems);
    this.ageSeconds = ageSeconds;
    this.heartbeatAgeSeconds = heartbeatAgeSeconds;
    this.notReadySeconds = notReadySeconds;
    this.notReadyChecks = notReadyChecks;
    this.state = state;
  }

  public String name() {
    return name;
  }

  /** Returns TKE's view, or empty for a node that only Kubernetes has. */
  public Optional<TkeSide> tke() {
    return Optional.ofNullable(tke);
  }

  public KubeObservation kube() {
    return kube;
  }

  /** Returns the node's pool, or null for a node that only Kubernetes has. */
  public String nodePoolId() {
    return tke == null ? null : tke.nodePoolId();
  }

  public String subnetId() {
    return tke == null ? null : tke.subnetId();
  }

  public String phase() {
    return tke == null ? null : tke.phase();
  }

  public String tkeRequestId() {
    return tke == null ? null : tke.requestId();
  }

  /** Returns the reasons the node is not ready, empty for a ready node. */
  public List<NodeProblem> problems() {
    return problems;
  }

  /** Returns seconds since creation, or empty when neither TKE nor Kubernetes gave a time. */
  public Optional<Long> ageSeconds() {
    return Optional.ofNullable(ageSeconds);
  }

  /** Returns the age of the {@code Ready} condition's heartbeat, when Kubernetes sent one. */
  public Optional<Long> heartbeatAgeSeconds() {
    return Optional.ofNullable(heartbeatAgeSeconds);
  }

  /** Returns how long the node has been not ready, as its timestamps show. */
  public Optional<Long> notReadySeconds() {
    return Optional.ofNullable(notReadySeconds);
  }

  /** Returns how many consecutive checks, this one included, have found it not ready. */
  public Optional<Long> notReadyChecks() {
    return Optional.ofNullable(notReadyChecks);
  }

  public NodeState state() {
    return state;
  }
}
