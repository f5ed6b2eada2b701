package com.supernode.readiness;

import java.util.Locale;

/** Readiness of one virtual node. */
public enum NodeState {
  /** TKE reports the node {@code Running}. */
  READY,
  /** Not {@code Running} yet, but younger than the grace period. */
  STARTING,
  /** Not {@code Running} past the grace period, or of unknown age. */
  STUCK;

  /** Returns the lower-case name used in log records and the summary. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
