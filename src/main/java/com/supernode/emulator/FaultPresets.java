package com.supernode.emulator;

/**
 * Named faults for the ways TKE and the network let a batch caller down, so tests and local runs
 * reuse one definition of each instead of assembling {@link Fault} rules by hand.
 */
public final class FaultPresets {
  private FaultPresets() {}

  /**
   * Throttles a random {@code share} of the calls of every action, as when other clients of the
   * account use up TKE's per-action limit. The same seed repeats the same choices for the same
   * sequence of calls.
   */
  public static Faults throttledShare(double share, long seed) {
    return Faults.of(Fault.throttle().withShare(share)).withSeed(seed);
  }

  /** Delays every call by {@code delayMs} before handling it, like a distant region. */
  public static Fault slowNetwork(long delayMs) {
    return Fault.latency(delayMs);
  }

  /**
   * Makes the node on the first {@code times} creates, then closes the connection without a
   * response, so the caller cannot tell whether the create worked.
   */
  public static Fault lostCreateResponse(int times) {
    return Fault.dropConnection().onlyFor(CreateVirtualNodeAction.NAME).atMostTimes(times);
  }

  /**
   * Makes the node on the first {@code times} creates but delays the response by
   * {@code delayMs}, to outlast a client read timeout.
   */
  public static Fault lateCreateResponse(long delayMs, int times) {
    return Fault.slowAnswer(delayMs).onlyFor(CreateVirtualNodeAction.NAME).atMostTimes(times);
  }

  /**
   * Fails the first {@code times} creates with HTTP 502 and a non-JSON body before making any
   * node, like a failing gateway in front of TKE.
   */
  public static Fault createGatewayError(int times) {
    return Fault.httpError(502).onlyFor(CreateVirtualNodeAction.NAME).atMostTimes(times);
  }
}
