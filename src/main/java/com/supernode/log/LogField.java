package com.supernode.log;

/**
 * The fixed set of keys a log record may carry. CLS indexes first-level keys of a JSON line
 * as fields, so alarms and queries are written against these names. Add a key here, never
 * ad hoc.
 */
public enum LogField {
  TIMESTAMP("timestamp"),
  LEVEL("level"),
  EVENT("event"),
  FUNCTION("function"),
  REQUEST_ID("requestId"),
  TRIGGER("trigger"),
  CLUSTER("cluster"),
  POOL("pool"),
  NODE("node"),
  SUBNET("subnet"),
  PHASE("phase"),
  LIFE_STATE("lifeState"),
  AGE_SECONDS("ageSeconds"),
  OUTCOME("outcome"),
  CODE("code"),
  MESSAGE("message"),
  TKE_REQUEST_ID("tkeRequestId"),
  ATTEMPTS("attempts"),
  /** The TKE action a record is about, such as CreateClusterVirtualNode. */
  ACTION("action"),
  /** Milliseconds waited before a retry. */
  DELAY_MS("delayMs"),
  DURATION_MS("durationMs"),
  COUNT("count"),
  DETAIL("detail");

  private final String key;

  LogField(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
