package com.supernode.pacing;

import com.supernode.tke.TkeException;
import java.util.Optional;

/**
 * Thrown when a call cannot start because it could not end before the deadline, keeping the
 * error of the last call that failed before, if any.
 */
public final class OutOfTimeException extends RuntimeException {
  private final TkeException lastFailure;

  public OutOfTimeException(String action, TkeException lastFailure) {
    super("No time left to call " + action + " before the function's time limit.",
        lastFailure);
    this.lastFailure = lastFailure;
  }

  /** The failure that the missed call would have retried; empty when no call was made. */
  public Optional<TkeException> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }
}
