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
  private final long durationMs;

  public ClusterReport(String clusterId, List<String> checkedPoolIds, List<NodeVerdict> nodes,
      List<PoolProblem> problems, ClusterFailure failure, long durationMs) {
    this.clusterId = clusterId;
    this.checkedPoolIds = List.copyOf(checkedPoolIds);
    this.nodes = List.copyOf(nodes);
    this.problems = List.copyOf(problems);
    this.failure = failure;
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
    if (failure != null
        || problems.stream().anyMatch(p -> p.kind() == PoolProblem.Kind.LIST_FAILED)) {
      return ClusterStatus.ERROR;
    }
    if (!problems.isEmpty() || count(NodeState.STUCK) > 0) {
      return ClusterStatus.NOT_READY;
    }
    return count(NodeState.STARTING) > 0 ? ClusterStatus.STARTING : ClusterStatus.READY;
  }
}
