package com.supernode.batch;

import com.supernode.pacing.OutOfTimeException;
import com.supernode.tke.TkeException;
import java.util.function.Supplier;

/**
 * The result of a describe that items depend on: the listing, or what stands in for every
 * dependent item's result when the describe failed or never started.
 */
final class Lookup<T> {
  private final T value;
  private final ItemError error;

  private Lookup(T value, ItemError error) {
    this.value = value;
    this.error = error;
  }

  /** Runs {@code describe}, turning its failure into a failed or unreached lookup. */
  static <T> Lookup<T> of(Supplier<T> describe) {
    try {
      return new Lookup<>(describe.get(), null);
    } catch (TkeException e) {
      return new Lookup<>(null, ItemError.of(e));
    } catch (OutOfTimeException e) {
      ItemError error = e.lastFailure().map(ItemError::of).orElse(null);
      return new Lookup<>(null, error == null ? null : error.withMoreMessage("The function's "
          + "time limit left no room for another call; send the item again."));
    }
  }

  boolean found() {
    return value != null;
  }

  T value() {
    return value;
  }

  /** The result of an item that needed this failed lookup. */
  ItemResult resultFor(BatchItem item) {
    return error == null ? ItemResult.notAttempted(item) : ItemResult.failed(item, error, 0);
  }
}
