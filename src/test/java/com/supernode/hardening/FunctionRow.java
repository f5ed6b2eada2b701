package com.supernode.hardening;

import com.qcloud.scf.runtime.Context;
import com.supernode.function.FunctionEnvironment;
import com.supernode.handler.BatchCreateHandler;
import com.supernode.handler.CreateNodeHandler;
import com.supernode.handler.ReadinessHandler;
import com.supernode.local.FunctionCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One function the hardening suites run: its catalog name and how to build its handler. */
final class FunctionRow {
  /** An SCF entry point, {@code handle(event, context)}. */
  @FunctionalInterface
  interface Handler {
    Map<String, Object> handle(Map<String, Object> event, Context context);
  }

  /** Every function the suites cover; a new function is one more row. */
  static final List<FunctionRow> ALL = List.of(
      new FunctionRow("create", environment -> new CreateNodeHandler(environment)::handle),
      new FunctionRow("batch-create",
          environment -> new BatchCreateHandler(environment)::handle),
      new FunctionRow("readiness", environment -> new ReadinessHandler(environment)::handle));

  private final String name;
  private final Function<FunctionEnvironment, Handler> factory;

  FunctionRow(String name, Function<FunctionEnvironment, Handler> factory) {
    this.name = name;
    this.factory = factory;
  }

  /** Returns the row of function {@code name}. */
  static FunctionRow named(String name) {
    return ALL.stream().filter(row -> row.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no function row " + name));
  }

  String name() {
    return name;
  }

  /** Builds the function's handler on {@code environment}, as a warm SCF instance keeps it. */
  Handler handlerOn(FunctionEnvironment environment) {
    return factory.apply(environment);
  }

  /** The API Gateway path the function serves; empty for a function without HTTP trigger. */
  Optional<String> httpPath() {
    return FunctionCatalog.find(name).orElseThrow(() -> new IllegalStateException(
        "function " + name + " is not in FunctionCatalog")).httpPath();
  }

  @Override
  public String toString() {
    return name;
  }
}
