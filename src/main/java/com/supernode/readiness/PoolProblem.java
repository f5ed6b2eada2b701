package com.supernode.readiness;

import com.supernode.tke.TkeException;
import java.util.Optional;

/** Something wrong with a super node pool, or with TKE's list of a cluster's pools. */
public final class PoolProblem {
  /** Kind of problem. */
  public enum Kind {
    /** The pool's {@code LifeState} is not {@code normal}. */
    NOT_NORMAL("NotNormal", "readiness.pool.not_normal"),
    /** A pool the request named is not among the cluster's pools. */
    NOT_FOUND("NotFound", "readiness.pool.not_found"),
    /** TKE listed fewer nodes of the pool than its {@code TotalCount}. */
    NODES_TRUNCATED("NodesTruncated", "readiness.pool.truncated"),
    /** TKE listed fewer pools of the cluster than its {@code TotalCount}. */
    POOLS_TRUNCATED("PoolsTruncated", "readiness.pools.truncated"),
    /** Listing the pool's nodes failed. */
    LIST_FAILED("ListFailed", "readiness.pool.list_failed");

    private final String label;
    private final String event;

    Kind(String label, String event) {
      this.label = label;
      this.event = event;
    }

    /** Returns the name used in the summary, such as {@code NotNormal}. */
    public String label() {
      return label;
    }

    /** Returns the log record's event name. */
    public String event() {
      return event;
    }
  }

  private final Kind kind;
  private final String nodePoolId;
  private final String lifeState;
  private final String code;
  private final String message;
  private final String tkeRequestId;
  private final Integer listed;

  private PoolProblem(Kind kind, String nodePoolId, String lifeState, String code,
      String message, String tkeRequestId, Integer listed) {
    this.kind = kind;
    this.nodePoolId = nodePoolId;
    this.lifeState = lifeState;
    this.code = code;
    this.message = message;
    this.tkeRequestId = tkeRequestId;
    this.listed = listed;
  }

  public static PoolProblem notNormal(String nodePoolId, String lifeState, String requestId) {
    return new PoolProblem(Kind.NOT_NORMAL, nodePoolId, lifeState, null, "Pool " + nodePoolId
        + " has LifeState " + lifeState + ", not normal, so TKE cannot create nodes in it.",
        requestId, null);
  }

  public static PoolProblem notFound(String nodePoolId, String clusterId, String requestId) {
    return new PoolProblem(Kind.NOT_FOUND, nodePoolId, null, null, "Cluster " + clusterId
        + " has no super node pool " + nodePoolId + ". Check the pool IDs the function checks.",
        requestId, null);
  }

  public static PoolProblem nodesTruncated(String nodePoolId, int listed, long total,
      String requestId) {
    return new PoolProblem(Kind.NODES_TRUNCATED, nodePoolId, null, null, "TKE listed " + listed
        + " of the pool's " + total + " nodes, so the nodes it left out were not checked.",
        requestId, listed);
  }

  public static PoolProblem poolsTruncated(int listed, long total, String requestId) {
    return new PoolProblem(Kind.POOLS_TRUNCATED, null, null, null, "TKE listed " + listed
        + " of the cluster's " + total + " super node pools, so the pools it left out were "
        + "not checked.", requestId, listed);
  }

  public static PoolProblem listFailed(String nodePoolId, TkeException e) {
    return new PoolProblem(Kind.LIST_FAILED, nodePoolId, null, e.code(), e.getMessage(),
        e.requestId().isEmpty() ? null : e.requestId(), null);
  }

  public Kind kind() {
    return kind;
  }

  /** Returns the pool, or empty for a problem with the cluster's list of pools. */
  public Optional<String> nodePoolId() {
    return Optional.ofNullable(nodePoolId);
  }

  public Optional<String> lifeState() {
    return Optional.ofNullable(lifeState);
  }

  /** Returns the TKE or function error code of a failed listing. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  public String message() {
    return message;
  }

  public Optional<String> tkeRequestId() {
    return Optional.ofNullable(tkeRequestId);
  }

  /** Returns the number of items TKE listed in a truncated response. */
  public Optional<Integer> listed() {
    return Optional.ofNullable(listed);
  }
}
