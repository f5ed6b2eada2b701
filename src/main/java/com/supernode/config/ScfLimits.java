package com.supernode.config;

/**
 * SCF's fixed limits that bound some settings, as SCF's quota page lists them for event
 * functions (cloud.tencent.com/document/product/583/11637, checked in 2026).
 */
public final class ScfLimits {
  /** The longest time limit an event function can have: 900 seconds. */
  public static final int MAX_TIME_LIMIT_SECONDS = 900;
  /** The largest event of a synchronous invocation: 6 MB, taken here as 6 MiB. */
  public static final int MAX_SYNC_EVENT_BYTES = 6 * 1024 * 1024;

  private ScfLimits() {}
}
