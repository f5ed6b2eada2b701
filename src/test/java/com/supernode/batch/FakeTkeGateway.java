package com.supernode.batch;

import com.supernode.pacing.FailureKind;
import com.supernode.pacing.FakeTime;
import com.supernode.request.CreateNodeRequest;
import com.supernode.tke.CreatedNode;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeException;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNode;
import com.supernode.tke.VirtualNodePool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory TKE for engine tests: pools and nodes, scripted create failures, and a fixed
 * duration per call on a {@link FakeTime}. Not thread-safe: tests run it with one worker.
 */
final class FakeTkeGateway implements TkeGateway {
  /** The behaviour of the next create call in place of a normal response. */
  enum Script {
    /** Returns RequestLimitExceeded without creating. */
    THROTTLE,
    /** Creates the node, then loses the response (a timeout). */
    CREATE_THEN_TIME_OUT,
    /** Times out without creating. */
    TIME_OUT,
    /** Another client creates the node first, so this create gets SubnetAlreadyExist. */
    RACE,
    /** Returns InvalidParameter.SubnetInvalidError. */
    REJECT
  }

  private final FakeTime time;
  private final long callMillis;
  private final Map<PoolKey, Map<String, VirtualNode>> nodes = new LinkedHashMap<>();
  private final Map<String, List<VirtualNodePool>> pools = new LinkedHashMap<>();
  private final Deque<Script> createScript = new ArrayDeque<>();
  private final List<String> calls = new ArrayList<>();
  private TkeException describeFailure;
  private int requestCount;

  FakeTkeGateway(FakeTime time, long callMillis) {
    this.time = time;
    this.callMillis = callMillis;
  }

  FakeTkeGateway pool(PoolKey key, String lifeState) {
    pools.computeIfAbsent(key.clusterId(), c -> new ArrayList<>()).add(new VirtualNodePool(
        key.nodePoolId(), "pool", lifeState, List.of(), Map.of(), List.of()));
    nodes.putIfAbsent(key, new LinkedHashMap<>());
    return this;
  }

  FakeTkeGateway node(PoolKey key, String subnetId, String phase) {
    nodes.get(key).put(subnetId, new VirtualNode("eklet-" + subnetId + "-0", subnetId, phase,
        null));
    return this;
  }

  FakeTkeGateway script(Script... steps) {
    createScript.addAll(List.of(steps));
    return this;
  }

  FakeTkeGateway failDescribes(TkeException failure) {
    describeFailure = failure;
    return this;
  }

  /** Returns the actions called, in order. */
  List<String> calls() {
    return calls;
  }

  long count(String action) {
    return calls.stream().filter(action::equals).count();
  }

  Map<String, VirtualNode> nodesOf(PoolKey key) {
    return nodes.get(key);
  }

  @Override
  public CreatedNode createVirtualNode(CreateNodeRequest request) {
    String action = "CreateClusterVirtualNode";
    String requestId = begin(action);
    PoolKey key = new PoolKey(request.clusterId(), request.nodePoolId());
    String subnet = request.subnetIds().get(0);
    Script step = createScript.poll();
    if (step == Script.THROTTLE) {
      throw TkeException.apiError(action, "RequestLimitExceeded", "Too many requests.",
          requestId);
    }
    if (step == Script.TIME_OUT) {
      throw new TkeException(action, TkeException.TIMEOUT, "timed out", "", true, null);
    }
    if (step == Script.REJECT) {
      throw TkeException.apiError(action, "InvalidParameter.SubnetInvalidError",
          "The subnet is invalid.", requestId);
    }
    if (step == Script.RACE) {
      node(key, subnet, "Pending");
    }
    if (nodes.get(key).containsKey(subnet)) {
      throw TkeException.apiError(action, FailureKind.SUBNET_ALREADY_EXIST,
          "The subnet already has a node.", requestId);
    }
    node(key, subnet, "Pending");
    if (step == Script.CREATE_THEN_TIME_OUT) {
      throw new TkeException(action, TkeException.TIMEOUT, "timed out", "", true, null);
    }
    return new CreatedNode("eklet-" + subnet + "-0", requestId);
  }

  @Override
  public Listing<VirtualNode> describeVirtualNodes(String clusterId, String nodePoolId,
      List<String> nodeNames) {
    String requestId = begin("DescribeClusterVirtualNode");
    if (describeFailure != null) {
      throw describeFailure;
    }
    List<VirtualNode> listed = new ArrayList<>(
        nodes.getOrDefault(new PoolKey(clusterId, nodePoolId), Map.of()).values());
    return new Listing<>(listed, listed.size(), requestId);
  }

  @Override
  public Listing<VirtualNodePool> describeVirtualNodePools(String clusterId) {
    String requestId = begin("DescribeClusterVirtualNodePools");
    List<VirtualNodePool> listed = pools.getOrDefault(clusterId, List.of());
    return new Listing<>(listed, listed.size(), requestId);
  }

  private String begin(String action) {
    calls.add(action);
    time.advanceMillis(callMillis);
    return "req-" + (++requestCount);
  }
}
