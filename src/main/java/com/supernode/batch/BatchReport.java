package com.supernode.batch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.supernode.response.ErrorAdvice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a batch in request order, their counts per outcome, and the HTTP status:
 * 200 when every item is in place ({@code Created}, {@code AlreadyExists} or
 * {@code WouldCreate}), else 207.
 */
public final class BatchReport {
  /** HTTP 207 Multi-Status: the items had different outcomes and some need the caller. */
  public static final int MULTI_STATUS = 207;

  private final List<ItemResult> results;
  private final boolean dryRun;

  public BatchReport(List<ItemResult> results, boolean dryRun) {
    this.results = List.copyOf(results);
    this.dryRun = dryRun;
  }

  public List<ItemResult> results() {
    return results;
  }

  public boolean dryRun() {
    return dryRun;
  }

  /** Returns a copy in which every {@code NotAttempted} result carries {@code reason}. */
  public BatchReport withNotAttemptedReason(String reason) {
    List<ItemResult> explained = new ArrayList<>();
    for (ItemResult result : results) {
      explained.add(result.outcome() == ItemOutcome.NOT_ATTEMPTED
          ? result.withReason(reason) : result);
    }
    return new BatchReport(explained, dryRun);
  }

  /** The number of items with each outcome; every outcome is a key, zero counts included. */
  public Map<ItemOutcome, Integer> counts() {
    Map<ItemOutcome, Integer> counts = new EnumMap<>(ItemOutcome.class);
    for (ItemOutcome outcome : ItemOutcome.values()) {
      counts.put(outcome, 0);
    }
    for (ItemResult result : results) {
      counts.merge(result.outcome(), 1, Integer::sum);
    }
    return counts;
  }

  public int httpStatus() {
    return results.stream().allMatch(result -> result.outcome().inPlace()) ? 200 : MULTI_STATUS;
  }

  /**
   * Builds the content of the {@code Response} envelope: {@code Results}, {@code Counts},
   * {@code DryRun} and {@code RequestId}.
   *
   * @param requestId the SCF RequestId of the invocation
   */
  public JsonObject toResponseContent(String requestId) {
    JsonArray items = new JsonArray();
    for (ItemResult result : results) {
      items.add(resultJson(result));
    }
    JsonObject counts = new JsonObject();
    counts().forEach((outcome, count) -> counts.addProperty(outcome.reportName(), count));
    JsonObject content = new JsonObject();
    content.add("Results", items);
    content.add("Counts", counts);
    content.addProperty("DryRun", dryRun);
    content.addProperty("RequestId", requestId == null ? "" : requestId);
    return content;
  }

  private static JsonObject resultJson(ItemResult result) {
    BatchItem item = result.item();
    JsonObject json = new JsonObject();
    json.addProperty("ClusterId", item.clusterId());
    json.addProperty("NodePoolId", item.nodePoolId());
    json.addProperty("SubnetId", item.subnetId());
    item.spec().ifPresent(spec -> json.addProperty("DisplayName", spec.displayName()));
    json.addProperty("Outcome", result.outcome().reportName());
    result.nodeName().ifPresent(name -> json.addProperty("NodeName", name));
    result.phase().ifPresent(phase -> json.addProperty("Phase", phase));
    result.error().ifPresent(error -> json.add("Error", errorJson(error)));
    result.reason().ifPresent(reason -> json.addProperty("Reason", reason));
    if (result.attempts() > 0) {
      json.addProperty("Attempts", result.attempts());
    }
    return json;
  }

  private static JsonObject errorJson(ItemError error) {
    JsonObject json = new JsonObject();
    json.addProperty("Code", error.code());
    json.addProperty("Message", error.message());
    json.addProperty("RequestId", error.requestId());
    json.addProperty("Action", error.action());
    json.addProperty("Advice", ErrorAdvice.forCode(error.code()).advice());
    return json;
  }
}
