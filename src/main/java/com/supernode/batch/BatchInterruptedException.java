package com.supernode.batch;

/** Thrown when the invocation's thread is interrupted while the batch's calls run. */
public final class BatchInterruptedException extends RuntimeException {
  public BatchInterruptedException(InterruptedException cause) {
    super("The batch was interrupted before all its items finished.", cause);
  }
}
