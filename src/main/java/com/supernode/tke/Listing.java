package com.supernode.tke;

import java.util.List;

/** The items of one TKE describe response, with its total count and RequestId. */
public final class Listing<T> {
  private final List<T> items;
  private final long totalCount;
  private final String requestId;

  public Listing(List<T> items, long totalCount, String requestId) {
    this.items = List.copyOf(items);
    this.totalCount = totalCount;
    this.requestId = requestId;
  }

  public List<T> items() {
    return items;
  }

  /** TKE's {@code TotalCount}; it can exceed the items' size when TKE cuts a response short. */
  public long totalCount() {
    return totalCount;
  }

  public String requestId() {
    return requestId;
  }
}
