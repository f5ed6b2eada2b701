package com.supernode.emulator;

import java.util.Map;

/** Requests per second allowed for each action; 0 turns the limit off. */
final class RateLimits {
  /** TKE's documented default limit for each virtual-node action. */
  static final int TKE_DEFAULT_PER_SECOND = 20;

  private final int defaultPerSecond;
  private final Map<String, Integer> perAction;

  RateLimits(int defaultPerSecond, Map<String, Integer> perAction) {
    this.defaultPerSecond = defaultPerSecond;
    this.perAction = Map.copyOf(perAction);
  }

  static RateLimits uniform(int perSecond) {
    return new RateLimits(perSecond, Map.of());
  }

  int perSecond(String action) {
    return perAction.getOrDefault(action, defaultPerSecond);
  }
}
