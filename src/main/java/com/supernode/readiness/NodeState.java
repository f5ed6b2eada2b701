package com.supernode.readiness;

import java.util.Locale;

/** Readiness of one virtual node. */
public enum NodeState {
  /** TKE reports {@code Running} and Kubernetes, when asked, agrees in every respect. */
  READY,
  /** Not ready yet, but younger than the grace period. */
  STARTING,
  /** Not ready, but not for enough checks or long enough to alarm. */
  SUSPECT,
  /** Not ready for the alarm's number of checks or the grace period, or of unknown age. */
  STUCK;

  /** Returns the lower-case name used in log records and the summary. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
