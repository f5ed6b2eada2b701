package com.supernode.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The deployable functions: name, SCF handler string, API Gateway path (if any) and time limit.
 * These must agree with serverless.yml.
 */
public final class FunctionCatalog {
  /** One deployable function. */
  public static final class Entry {
    private final String name;
    private final String handler;
    private final String httpPath;
    private final int timeLimitMs;

    Entry(String name, String handler, String httpPath, int timeLimitMs) {
      this.name = name;
      this.handler = handler;
      this.httpPath = httpPath;
      this.timeLimitMs = timeLimitMs;
    }

    public String name() {
      return name;
    }

    /** The SCF handler string, {@code package.Class::method}. */
    public String handler() {
      return handler;
    }

    /** The API Gateway path served with POST, when the function has one. */
    public Optional<String> httpPath() {
      return Optional.ofNullable(httpPath);
    }

    public int timeLimitMs() {
      return timeLimitMs;
    }
  }

  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

  static {
    add("create", "com.supernode.handler.CreateNodeHandler::handle", "/virtual-nodes", 30_000);
    add("batch-create", "com.supernode.handler.BatchCreateHandler::handle",
        "/virtual-nodes/batch", 120_000);
    add("readiness", "com.supernode.handler.ReadinessHandler::handle", null, 120_000);
  }

  private FunctionCatalog() {}

  private static void add(String name, String handler, String path, int timeLimitMs) {
    ENTRIES.put(name, new Entry(name, handler, path, timeLimitMs));
  }

  public static Optional<Entry> find(String name) {
    return Optional.ofNullable(ENTRIES.get(name));
  }

  /** Finds the function that serves {@code path} through API Gateway. */
  public static Optional<Entry> forHttpPath(String path) {
    for (Entry entry : ENTRIES.values()) {
      if (entry.httpPath().map(path::equals).orElse(false)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  public static Iterable<Entry> all() {
    return ENTRIES.values();
  }
}
