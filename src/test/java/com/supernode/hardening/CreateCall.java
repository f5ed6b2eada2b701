package com.supernode.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.supernode.emulator.RecordedRequest;
import com.supernode.emulator.TkeEmulator;
import com.supernode.emulator.VirtualNode;
import com.supernode.testing.FunctionFixture;
import com.supernode.tke.CredentialSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One create invocation of the concurrency suite, with its own subnet, cluster, pool, event
 * shape, request ID and keys, and the result only it may get.
 */
final class CreateCall {
  /** A cluster outside ALLOWED_CLUSTERS, for invocations the allowlist must reject. */
  static final String UNLISTED_CLUSTER = "cls-conc0099";

  private enum Kind {
    CREATES,
    WRONG_KEY,
    NOT_ALLOWED
  }

  private final int index;
  private final Kind kind;

  CreateCall(int index) {
    this.index = index;
    if (index % 7 == 6) {
      kind = Kind.NOT_ALLOWED;
    } else if (index % 5 == 4) {
      kind = Kind.WRONG_KEY;
    } else {
      kind = Kind.CREATES;
    }
  }

  String requestId() {
    return "create-" + index;
  }

  String subnetId() {
    return ConcurrentWorld.subnetId(index);
  }

  boolean creates() {
    return kind == Kind.CREATES;
  }

  /** Returns the settings this invocation reads in place of the shared ones. */
  Map<String, String> settings() {
    return kind == Kind.WRONG_KEY
        ? Map.of(CredentialSource.SECRET_KEY, Canaries.WRONG_SECRET_KEY) : Map.of();
  }

  /** Returns the error code of the invocation's failure; null for one that creates a node. */
  String expectedCode() {
    switch (kind) {
      case WRONG_KEY:
        return "AuthFailure.SignatureFailure";
      case NOT_ALLOWED:
        return "UnauthorizedOperation.ClusterNotAllowed";
      default:
        return null;
    }
  }

  Map<String, Object> event() {
    String request = "{\"ClusterId\":\"" + clusterId() + "\",\"NodePoolId\":\"" + poolId()
        + "\",\"SubnetId\":\"" + subnetId() + "\"}";
    return shape().wrap(request, FunctionRow.named("create"));
  }

  /** Checks the result against this invocation's own request and the emulator. */
  void assertOwnResult(Map<String, Object> result, Map<String, List<RecordedRequest>> sent,
      TkeEmulator emulator) {
    JsonObject response = responseOf(result);
    List<RecordedRequest> requests = sent.getOrDefault(subnetId(), List.of());
    Optional<VirtualNode> node = emulator.state().nodes(ConcurrentWorld.clusterId(cluster()))
        .stream().filter(n -> n.subnetId().equals(subnetId())).findFirst();
    if (kind == Kind.CREATES) {
      assertEquals(1, requests.size(), requestId());
      assertEquals("eklet-" + subnetId() + "-0", response.get("NodeName").getAsString());
      assertEquals(requests.get(0).requestId(), response.get("RequestId").getAsString());
      assertEquals(poolId(), node.orElseThrow().nodePoolId());
      return;
    }
    JsonObject error = response.getAsJsonObject("Error");
    assertEquals(expectedCode(), error.get("Code").getAsString(), requestId());
    assertTrue(node.isEmpty(), requestId() + " made a node");
    if (kind == Kind.WRONG_KEY) {
      assertEquals(1, requests.size(), requestId());
      assertEquals(requests.get(0).requestId(), response.get("RequestId").getAsString());
    } else {
      assertEquals(0, requests.size(), requestId());
      assertEquals(requestId(), response.get("RequestId").getAsString());
      assertTrue(error.get("Message").getAsString().contains(UNLISTED_CLUSTER));
    }
  }

  private JsonObject responseOf(Map<String, Object> result) {
    if (shape() != EventShape.API_GATEWAY) {
      return FunctionFixture.json(result).getAsJsonObject("Response");
    }
    assertEquals(expectedStatus(), result.get("statusCode"), requestId());
    return FunctionFixture.body(result).getAsJsonObject("Response");
  }

  private int expectedStatus() {
    switch (kind) {
      case WRONG_KEY:
        return 502;
      case NOT_ALLOWED:
        return 403;
      default:
        return 200;
    }
  }

  private EventShape shape() {
    return EventShape.values()[index % EventShape.values().length];
  }

  private int cluster() {
    return ConcurrentWorld.clusterOf(index);
  }

  private String clusterId() {
    return kind == Kind.NOT_ALLOWED ? UNLISTED_CLUSTER : ConcurrentWorld.clusterId(cluster());
  }

  private String poolId() {
    return ConcurrentWorld.poolId(cluster(), (index / ConcurrentWorld.CLUSTERS)
        % ConcurrentWorld.POOLS_PER_CLUSTER);
  }
}
