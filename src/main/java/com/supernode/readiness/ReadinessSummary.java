package com.supernode.readiness;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds the function's result: per cluster, its status, node counts by state, every node with
 * TKE's and Kubernetes' view side by side, and the pool problems, in TKE's field-name style.
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
    cluster.addProperty("View", report.kube().available() ? "TkeAndKubernetes" : "TkeOnly");
    cluster.add("NodePoolIds", strings(report.checkedPoolIds()));
    JsonObject counts = new JsonObject();
    counts.addProperty("Total", report.nodes().size());
    counts.addProperty("Ready", report.count(NodeState.READY));
    counts.addProperty("Starting", report.count(NodeState.STARTING));
    counts.addProperty("Suspect", report.count(NodeState.SUSPECT));
    counts.addProperty("Stuck", report.count(NodeState.STUCK));
    cluster.add("NodeCounts", counts);
    JsonArray stuck = new JsonArray();
    report.nodesIn(NodeState.STUCK).forEach(node -> stuck.add(node.name()));
    cluster.add("StuckNodes", stuck);
    JsonArray nodes = new JsonArray();
    report.nodes().forEach(node -> nodes.add(node(node)));
    cluster.add("Nodes", nodes);
    JsonArray problems = new JsonArray();
    report.problems().forEach(problem -> problems.add(problem(problem)));
    cluster.add("PoolProblems", problems);
    report.kube().failure().ifPresent(failure -> cluster.add("KubernetesError",
        failure(failure)));
    report.failure().ifPresent(failure -> cluster.add("Error", failure(failure)));
    cluster.addProperty("DurationMs", report.durationMs());
    return cluster;
  }

  /** Returns one node with TKE's view and Kubernetes' view side by side. */
  private static JsonObject node(NodeVerdict node) {
    JsonObject json = new JsonObject();
    json.addProperty("NodeName", node.name());
    json.addProperty("State", node.state().label());
    JsonArray problems = new JsonArray();
    node.problems().forEach(problem -> problems.add(problem.label()));
    json.add("Problems", problems);
    JsonObject tke = new JsonObject();
    tke.addProperty("Listed", node.tke().isPresent());
    node.tke().ifPresent(side -> {
      tke.addProperty("NodePoolId", side.nodePoolId());
      tke.addProperty("SubnetId", side.subnetId());
      tke.addProperty("Phase", side.phase());
    });
    json.add("Tke", tke);
    json.add("Kubernetes", kubernetes(node));
    node.ageSeconds().ifPresent(age -> json.addProperty("AgeSeconds", age));
    node.notReadySeconds().ifPresent(time -> json.addProperty("NotReadySeconds", time));
    node.notReadyChecks().ifPresent(checks -> json.addProperty("NotReadyChecks", checks));
    return json;
  }

  private static JsonObject kubernetes(NodeVerdict verdict) {
    JsonObject json = new JsonObject();
    json.addProperty("Checked", verdict.kube().checked());
    if (!verdict.kube().checked()) {
      return json;
    }
    json.addProperty("Listed", verdict.kube().node().isPresent());
    verdict.kube().node().ifPresent(node -> {
      json.addProperty("Ready", node.readyStatus().orElse(null));
      node.lastHeartbeatTime().ifPresent(time ->
          json.addProperty("LastHeartbeatTime", time.toString()));
      verdict.heartbeatAgeSeconds().ifPresent(age ->
          json.addProperty("HeartbeatAgeSeconds", age));
      json.addProperty("Labelled", node.hasLabel("type", "virtual-kubelet"));
      json.addProperty("Tainted", node.hasTaint("serverless", "NoSchedule"));
    });
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
    failure.advice().ifPresent(advice -> json.addProperty("Advice", advice));
    return json;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
