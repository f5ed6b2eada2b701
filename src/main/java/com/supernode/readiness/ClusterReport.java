package com.supernode.readiness;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The result of checking one cluster: node verdicts, pool problems and any failure. */
public final class ClusterReport {
  private final String clusterId;
  private final List<String> checkedPoolIds;
  private final List<NodeVerdict> nodes;
  private final List<PoolProblem> problems;
  private final ClusterFailure failure;
  private final KubeView kube;
  private final long durationMs;

  public ClusterReport(String clusterId, List<String> checkedPoolIds, List<NodeVerdict> nodes,
      List<PoolProblem> problems, ClusterFailure failure, KubeView kube, long durationMs) {
    this.clusterId = clusterId;
    this.checkedPoolIds = List.copyOf(checkedPoolIds);
    this.nodes = List.copyOf(nodes);
    this.problems = List.copyOf(problems);
    this.failure = failure;
    this.kube = kube;
    this.durationMs = durationMs;
  }

  public String clusterId() {
    return clusterId;
  }

  /** Returns the pools whose nodes were listed, in the order they were checked. */
  public List<String> checkedPoolIds() {
    return checkedPoolIds;
  }

  public List<NodeVerdict> nodes() {
    return nodes;
  }

  public List<PoolProblem> problems() {
    return problems;
  }

  /** Returns why the check stopped early. The nodes and problems found before still count. */
  public Optional<ClusterFailure> failure() {
    return Optional.ofNullable(failure);
  }

  /** Returns Kubernetes' view, which may be off or unavailable. */
  public KubeView kube() {
    return kube;
  }

  /** Returns {@code tke+kubernetes} when node verdicts carry Kubernetes' view, else {@code tke}. */
  public String view() {
    return kube.available() ? "tke+kubernetes" : "tke";
  }

  public long durationMs() {
    return durationMs;
  }

  public List<NodeVerdict> nodesIn(NodeState state) {
    return nodes.stream().filter(node -> node.state() == state).collect(Collectors.toList());
  }

  public long count(NodeState state) {
    return nodes.stream().filter(node -> node.state() == state).count();
  }

  /** Returns the worst status the nodes, problems and failure add up to. */
  public ClusterStatus status() {
    if (failure != null || kube.failure().isPresent()
        || problems.stream().anyMatch(p -> p.kind() == PoolProblem.Kind.LIST_FAILED)) {
      return ClusterStatus.ERROR;
    }
    if (!problems.isEmpty() || count(NodeState.STUCK) > 0) {
      return ClusterStatus.NOT_READY;
    }
    return count(NodeState.STARTING) + count(NodeState.SUSPECT) > 0
        ? ClusterStatus.STARTING : ClusterStatus.READY;
  }
}
