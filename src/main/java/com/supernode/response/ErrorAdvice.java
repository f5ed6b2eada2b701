package com.supernode.response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each TKE error code means for a caller: the HTTP status to respond with and the next
 * step to take. A code without its own entry falls back to its family, the part before the
 * first dot (so {@code RequestLimitExceeded.UinLimitExceeded} is handled as throttling).
 */
public final class ErrorAdvice {
  private static final Map<String, ErrorAdvice> BY_CODE = new LinkedHashMap<>();

  static {
    add("InvalidParameter.Param", 400, null, "TKE rejected a parameter. Check that the cluster, "
        + "the super node pool and the subnets exist in this region and that the pool belongs "
        + "to the cluster (DescribeClusterVirtualNodePools lists its pools).");
    add("InvalidParameter.SubnetInvalidError", 400, null, "The subnet cannot hold a node of "
        + "this cluster. Choose a subnet in the cluster's VPC that has free IP addresses.");
    add("ResourceInUse.SubnetAlreadyExist", 409, null, "The subnet already has a virtual node "
        + "of this pool. Use that node (DescribeClusterVirtualNode lists it) or choose another "
        + "subnet; batch-create reports such subnets as AlreadyExists instead of failing.");
    add("ResourceUnavailable.NodePoolStateNotNormal", 503, 60, "The super node pool is not in "
        + "the normal state, for example while it is being created or updated. Retry when "
        + "DescribeClusterVirtualNodePools shows LifeState normal.");
    add("ResourceUnavailable.ClusterState", 503, 60, "The cluster's state does not allow this "
        + "operation. Retry when the cluster is Running.");
    add("UnsupportedOperation.NotInWhitelist", 403, null, "This account is not enabled for "
        + "super nodes. Ask Tencent Cloud support to enable the feature; retrying will not help.");
    add("UnsupportedOperation.NotSupportInstallVirtualKubelet", 422, null, "This cluster cannot "
        + "run virtual kubelet. Check that its Kubernetes version and network mode support "
        + "super nodes; retrying will not help.");
    add("UnauthorizedOperation.CamNoAuth", 403, null, "The function's execution role has no "
        + "CAM permission for this action on this cluster. Add the action and cluster to the "
        + "role's policy.");
    add("UnauthorizedOperation", 403, null, "The function's execution role is not allowed to "
        + "do this. Check the role's CAM policy.");
    add("AuthFailure.SignatureExpire", 502, null, "TKE rejected the call because its "
        + "timestamp was more than 5 minutes away from TKE's clock, so the caller's request was "
        + "not the problem. Check the clock of the machine that runs the function.");
    add("AuthFailure", 502, null, "TKE rejected the function's credentials, so the caller's "
        + "request was not the problem. Check the function's execution role: it must be "
        + "attached and its temporary keys valid.");
    add("RequestLimitExceeded", 429, 1, "TKE throttled the call (20 requests per second per "
        + "action by default). Retry after a short wait; batch-create paces and retries for "
        + "you.");
    add("ResourceNotFound", 404, null, "TKE did not find the cluster or pool. Check the IDs "
        + "and the function's region.");
    add("InternalError", 502, null, "TKE failed internally. Retry later and, if it persists, "
        + "give the RequestId to Tencent Cloud support.");
    add("ClientError.Timeout", 504, null, "TKE did not respond in time, so the node may or may "
        + "not exist. Check with DescribeClusterVirtualNode before retrying.");
    add("ClientError.NetworkError", 502, null, "The connection to TKE failed, so the node may "
        + "or may not exist. Check with DescribeClusterVirtualNode before retrying.");
    add("ClientError.ParseJsonError", 502, null, "TKE's response could not be read, so the node "
        + "may or may not exist. Check with DescribeClusterVirtualNode before retrying.");
    add("ServerSideError", 502, null, "TKE returned an HTTP error, so the node may or may "
        + "not exist. Check with DescribeClusterVirtualNode before retrying.");
    add("InvalidParameter", 400, null, "TKE rejected the parameters. Correct the field named "
        + "in Message.");
    add("InvalidParameterValue", 400, null, "TKE rejected a parameter value. Correct the field "
        + "named in Message.");
    add("MissingParameter", 400, null, "A required parameter is missing. Add the field named "
        + "in Message.");
    add("UnknownParameter", 400, null, "TKE does not know a parameter. Remove the field named "
        + "in Message.");
    add("UnsupportedRegion", 400, null, "TKE is not offered in the function's region. Set "
        + "TKE_REGION to a region that has the cluster.");
  }

  private static final ErrorAdvice UNKNOWN = new ErrorAdvice(502, null, "TKE returned an "
      + "error this function does not recognize. Read Message, and give the RequestId to "
      + "Tencent Cloud support if it is unclear.");

  private final int httpStatus;
  private final Integer retryAfterSeconds;
  private final String advice;

  private ErrorAdvice(int httpStatus, Integer retryAfterSeconds, String advice) {
    this.httpStatus = httpStatus;
    this.retryAfterSeconds = retryAfterSeconds;
    this.advice = advice;
  }

  private static void add(String code, int status, Integer retryAfter, String advice) {
    BY_CODE.put(code, new ErrorAdvice(status, retryAfter, advice));
  }

  /** Returns the advice for {@code code}, its family's, or a generic one. */
  public static ErrorAdvice forCode(String code) {
    ErrorAdvice exact = BY_CODE.get(code);
    if (exact != null) {
      return exact;
    }
    int dot = code.indexOf('.');
    ErrorAdvice family = dot > 0 ? BY_CODE.get(code.substring(0, dot)) : null;
    return family != null ? family : UNKNOWN;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** Seconds a caller should wait before retrying, for errors that can pass. */
  public Optional<Integer> retryAfterSeconds() {
    return Optional.ofNullable(retryAfterSeconds);
  }

  /** Returns the next step for the caller, in one or two sentences. */
  public String advice() {
    return advice;
  }
}
