package com.supernode.testing;

import java.util.Random;

/**
 * A {@link Random} whose {@link #nextDouble()} always returns one fraction, so that a backoff
 * with full jitter waits a known share of its ceiling. Only {@code nextDouble} is fixed.
 */
public final class FixedRandom extends Random {
  private static final long serialVersionUID = 1L;

  private final double fraction;

  /** Creates a source whose {@code nextDouble} returns {@code fraction}, in [0, 1). */
  public FixedRandom(double fraction) {
    if (fraction < 0 || fraction >= 1) {
      throw new IllegalArgumentException("fraction must be in [0, 1): " + fraction);
    }
    this.fraction = fraction;
  }

  @Override
  public double nextDouble() {
    return fraction;
  }
}
