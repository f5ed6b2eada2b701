package com.supernode.batch;

import java.util.List;

/** A validated batch: its items in request order, and whether it is a dry run. */
public final class BatchRequest {
  private final List<BatchItem> items;
  private final boolean dryRun;

  public BatchRequest(List<BatchItem> items, boolean dryRun) {
    this.items = List.copyOf(items);
    this.dryRun = dryRun;
  }

  public List<BatchItem> items() {
    return items;
  }

  /** True when the caller asked what would be created, and nothing may be created. */
  public boolean dryRun() {
    return dryRun;
  }
}
