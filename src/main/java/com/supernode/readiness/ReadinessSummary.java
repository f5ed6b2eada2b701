package com.supernode.readiness;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds the function's result: per cluster, its status, node counts by state, the nodes that
 * are not ready and the pool problems, in TKE's field-name style.
 */
public final class ReadinessSummary {
  private ReadinessSummary() {}

  /** Returns the {@code Response} content for {@code reports}, checked at {@code checkTime}. */
  public static JsonObject toJson(Instant checkTime, List<ClusterReport> reports) {
    ClusterStatus overall = ClusterStatus.READY;
    JsonArray clusters = new JsonArray();
    for (ClusterReport report : reports) {
      overall = overall.worst(report.status());
      clusters.add(cluster(report));
    }
    JsonObject content = new JsonObject();
    content.addProperty("CheckedAt", checkTime.truncatedTo(ChronoUnit.MILLIS).toString());
    content.addProperty("Status", overall.label());
    content.add("Clusters", clusters);
    return content;
  }

  private static JsonObject cluster(ClusterReport report) {
    JsonObject cluster = new JsonObject();
    cluster.addProperty("ClusterId", report.clusterId());
    cluster.addProperty("Status", report.status().label());
    cluster.add("NodePoolIds", strings(report.checkedPoolIds()));
    JsonObject counts = new JsonObject();
    counts.addProperty("Total", report.nodes().size());
    counts.addProperty("Ready", report.count(NodeState.READY));
    counts.addProperty("Starting", report.count(NodeState.STARTING));
    counts.addProperty("Stuck", report.count(NodeState.STUCK));
    cluster.add("Nodes", counts);
    JsonArray stuck = new JsonArray();
    report.nodesIn(NodeState.STUCK).forEach(node -> stuck.add(node.name()));
    cluster.add("StuckNodes", stuck);
    JsonArray notReady = new JsonArray();
    for (NodeVerdict node : report.nodes()) {
      if (node.state() != NodeState.READY) {
        notReady.add(node(node));
      }
    }
    cluster.add("NotReadyNodes", notReady);
    JsonArray problems = new JsonArray();
    report.problems().forEach(problem -> problems.add(problem(problem)));
    cluster.add("PoolProblems", problems);
    report.failure().ifPresent(failure -> cluster.add("Error", failure(failure)));
    cluster.addProperty("DurationMs", report.durationMs());
    return cluster;
  }

  private static JsonObject node(NodeVerdict node) {
    JsonObject json = new JsonObject();
    json.addProperty("NodeName", node.name());
    json.addProperty("NodePoolId", node.nodePoolId());
    json.addProperty("SubnetId", node.subnetId());
    json.addProperty("Phase", node.phase());
    json.addProperty("State", node.state().label());
    node.ageSeconds().ifPresent(age -> json.addProperty("AgeSeconds", age));
    return json;
  }

  private static JsonObject problem(PoolProblem problem) {
    JsonObject json = new JsonObject();
    json.addProperty("Problem", problem.kind().label());
    problem.nodePoolId().ifPresent(id -> json.addProperty("NodePoolId", id));
    problem.lifeState().ifPresent(state -> json.addProperty("LifeState", state));
    problem.code().ifPresent(code -> json.addProperty("Code", code));
    json.addProperty("Message", problem.message());
    problem.tkeRequestId().ifPresent(id -> json.addProperty("RequestId", id));
    return json;
  }

  private static JsonObject failure(ClusterFailure failure) {
    JsonObject json = new JsonObject();
    json.addProperty("Code", failure.code());
    json.addProperty("Message", failure.message());
    failure.tkeRequestId().ifPresent(id -> json.addProperty("RequestId", id));
    return json;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
