package com.supernode.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a task to every input with at most a fixed number running at once. Inputs start in
 * list order, so when the deadline stops the batch, the items left are the last ones.
 */
public final class BoundedExecutor {
  private final int maxConcurrency;

  public BoundedExecutor(int maxConcurrency) {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1: " + maxConcurrency);
    }
    this.maxConcurrency = maxConcurrency;
  }

  /**
   * Returns {@code task} applied to each input, in input order, after all have finished.
   *
   * @throws RuntimeException the first exception a task threw, once every task has ended
   * @throws BatchInterruptedException when the calling thread is interrupted while waiting
   */
  public <I, O> List<O> map(List<I> inputs, Function<I, O> task) {
    if (inputs.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.min(maxConcurrency, inputs.size()), new WorkerFactory());
    try {
      List<Callable<O>> calls = new ArrayList<>();
      for (I input : inputs) {
        calls.add(() -> task.apply(input));
      }
      List<O> outputs = new ArrayList<>();
      for (Future<O> future : pool.invokeAll(calls)) {
        outputs.add(outputOf(future));
      }
      return outputs;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BatchInterruptedException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O outputOf(Future<O> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("A batch task threw a checked exception", cause);
    }
  }

  /** Names the worker threads, and makes them daemons so a stuck call cannot keep a JVM up. */
  private static final class WorkerFactory implements java.util.concurrent.ThreadFactory {
    private static final AtomicInteger COUNT = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "batch-worker-" + COUNT.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
