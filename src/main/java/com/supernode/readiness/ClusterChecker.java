package com.supernode.readiness;

import com.supernode.function.ClusterAllowlist;
import com.supernode.kube.KubeNode;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeException;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNode;
import com.supernode.tke.VirtualNodePool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one cluster: lists its super node pools, then each checked pool's nodes, then gets
 * Kubernetes' view, and classifies every node from both.
 *
 * <p>{@code DescribeClusterVirtualNode} has no offset or limit, so the checker makes one call
 * per pool, which keeps each response to one pool's nodes. It compares the nodes listed with
 * {@code TotalCount} to report a response that TKE cut short.
 *
 * <p>A node that Kubernetes has but TKE does not list is reported only when TKE's list is
 * complete: every pool checked, none failed and none cut short. Otherwise it may just be in a
 * pool the check left out.
 */
public final class ClusterChecker {
  private final TkeGateway gateway;
  private final PacedTkeCalls calls;
  private final ClusterAllowlist allowlist;
  private final NodeClassifier classifier;
  private final KubeViewer kubeViewer;
  private final ReadinessLog log;
  private final Clock clock;

  public ClusterChecker(TkeGateway gateway, PacedTkeCalls calls, ClusterAllowlist allowlist,
      NodeClassifier classifier, KubeViewer kubeViewer, ReadinessLog log, Clock clock) {
    this.gateway = gateway;
    this.calls = calls;
    this.allowlist = allowlist;
    this.classifier = classifier;
    this.kubeViewer = kubeViewer;
    this.log = log;
    this.clock = clock;
  }

  /** Checks {@code target}; failures become part of the report, never exceptions. */
  public ClusterReport check(ClusterTarget target) {
    Instant started = clock.instant();
    String clusterId = target.clusterId();
    if (!allowlist.allows(clusterId)) {
      ClusterFailure refused = ClusterFailure.notAllowed(allowlist.message(clusterId));
      return new ClusterReport(clusterId, List.of(), List.of(), List.of(), refused,
          KubeView.off(), elapsedMs(started));
    }
    Progress progress = new Progress();
    ClusterFailure failure = null;
    try {
      checkPools(target, progress);
    } catch (TkeException e) {
      failure = ClusterFailure.of(e);
    } catch (TimeBudgetExceededException e) {
      failure = ClusterFailure.timeBudgetExceeded(e.getMessage());
    }
    KubeView kube = failure == null
        ? kubeViewer.view(clusterId, progress.listed.keySet()) : KubeView.off();
    List<NodeVerdict> verdicts = new ArrayList<>();
    progress.listed.forEach((name, listed) -> verdicts.add(classifier.classify(
        listed.nodePoolId, listed.node, listed.requestId, kube.observe(name))));
    if (kube.available() && complete(target, progress)) {
      for (KubeNode node : kube.labelledExcept(progress.listed.keySet())) {
        verdicts.add(classifier.classify(null, null, null, KubeObservation.of(node)));
      }
    }
    return new ClusterReport(clusterId, progress.checkedPoolIds, verdicts, progress.problems,
        failure, kube, elapsedMs(started));
  }

  private static boolean complete(ClusterTarget target, Progress progress) {
    return target.nodePoolIds().isEmpty() && progress.problems.stream().noneMatch(problem ->
        problem.kind() == PoolProblem.Kind.LIST_FAILED
            || problem.kind() == PoolProblem.Kind.NODES_TRUNCATED
            || problem.kind() == PoolProblem.Kind.POOLS_TRUNCATED);
  }

  private void checkPools(ClusterTarget target, Progress progress) {
    String clusterId = target.clusterId();
    Listing<VirtualNodePool> pools = calls.call(TkeGateway.DESCRIBE_POOLS,
        () -> gateway.describeVirtualNodePools(clusterId), log.retries(clusterId, null));
    if (pools.items().size() < pools.totalCount()) {
      progress.problems.add(PoolProblem.poolsTruncated(pools.items().size(),
          pools.totalCount(), pools.requestId()));
    }
    for (VirtualNodePool pool : selected(target, pools, progress)) {
      if (!pool.isNormal()) {
        progress.problems.add(PoolProblem.notNormal(pool.nodePoolId(), pool.lifeState(),
            pools.requestId()));
      }
      checkNodes(clusterId, pool.nodePoolId(), progress);
    }
  }

  /** Returns the pools to check, in the order the request named them or TKE listed them. */
  private static List<VirtualNodePool> selected(ClusterTarget target,
      Listing<VirtualNodePool> pools, Progress progress) {
    if (target.nodePoolIds().isEmpty()) {
      return pools.items();
    }
    List<VirtualNodePool> selected = new ArrayList<>();
    for (String id : target.nodePoolIds()) {
      VirtualNodePool pool = pools.items().stream()
          .filter(candidate -> id.equals(candidate.nodePoolId()))
          .findFirst()
          .orElse(null);
      if (pool == null) {
        progress.problems.add(PoolProblem.notFound(id, target.clusterId(), pools.requestId()));
      } else {
        selected.add(pool);
      }
    }
    return selected;
  }

  private void checkNodes(String clusterId, String poolId, Progress progress) {
    Listing<VirtualNode> nodes;
    try {
      nodes = calls.call(TkeGateway.DESCRIBE_NODES,
          () -> gateway.describeVirtualNodes(clusterId, poolId, List.of()),
          log.retries(clusterId, poolId));
    } catch (TkeException e) {
      progress.problems.add(PoolProblem.listFailed(poolId, e));
      return;
    }
    progress.checkedPoolIds.add(poolId);
    if (nodes.items().size() < nodes.totalCount()) {
      progress.problems.add(PoolProblem.nodesTruncated(poolId, nodes.items().size(),
          nodes.totalCount(), nodes.requestId()));
    }
    for (VirtualNode node : nodes.items()) {
      progress.listed.put(node.name(), new Listed(poolId, node, nodes.requestId()));
    }
  }

  private long elapsedMs(Instant started) {
    return Math.max(0, Duration.between(started, clock.instant()).toMillis());
  }

  /** Pools, nodes and problems found so far, kept when a later step fails. */
  private static final class Progress {
    final List<String> checkedPoolIds = new ArrayList<>();
    final Map<String, Listed> listed = new LinkedHashMap<>();
    final List<PoolProblem> problems = new ArrayList<>();
  }

  /** A node as TKE listed it, with its pool and the listing's RequestId. */
  private static final class Listed {
    final String nodePoolId;
    final VirtualNode node;
    final String requestId;

    Listed(String nodePoolId, VirtualNode node, String requestId) {
      this.nodePoolId = nodePoolId;
      this.node = node;
      this.requestId = requestId;
    }
  }
}
