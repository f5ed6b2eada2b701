package com.supernode.hardening;

import com.supernode.request.CreateNodeRequest;
import com.supernode.tke.ClusterKubeconfig;
import com.supernode.tke.CreatedNode;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.TkeGatewayFactory;
import com.supernode.tke.VirtualNode;
import com.supernode.tke.VirtualNodePool;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Wraps the SDK gateway factory of a function environment to count the gateways a function
 * opens and keep every exception its TKE calls throw, which the function catches and turns into
 * a response. Pass {@link #wrap} to {@code FunctionFixture.environment}.
 */
final class GatewayWatch {
  private final AtomicInteger opened = new AtomicInteger();
  private final List<RuntimeException> thrown = new CopyOnWriteArrayList<>();

  TkeGatewayFactory wrap(TkeGatewayFactory factory) {
    return credentials -> {
      opened.incrementAndGet();
      return new Watched(factory.open(credentials));
    };
  }

  int opened() {
    return opened.get();
  }

  /** Exceptions thrown by TKE calls so far, in the order thrown. */
  List<RuntimeException> thrown() {
    return List.copyOf(thrown);
  }

  private final class Watched implements TkeGateway {
    private final TkeGateway gateway;

    Watched(TkeGateway gateway) {
      this.gateway = gateway;
    }

    @Override
    public CreatedNode createVirtualNode(CreateNodeRequest request) {
      return watch(() -> gateway.createVirtualNode(request));
    }

    @Override
    public Listing<VirtualNode> describeVirtualNodes(String clusterId, String nodePoolId,
        List<String> nodeNames) {
      return watch(() -> gateway.describeVirtualNodes(clusterId, nodePoolId, nodeNames));
    }

    @Override
    public Listing<VirtualNodePool> describeVirtualNodePools(String clusterId) {
      return watch(() -> gateway.describeVirtualNodePools(clusterId));
    }

    @Override
    public ClusterKubeconfig describeClusterKubeconfig(String clusterId, boolean extranet) {
      return watch(() -> gateway.describeClusterKubeconfig(clusterId, extranet));
    }

    private <T> T watch(Supplier<T> call) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        thrown.add(e);
        throw e;
      }
    }
  }
}
