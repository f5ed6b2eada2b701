package com.supernode.emulator;

import com.google.gson.JsonObject;
import java.util.List;

/** The result of processing one request: the reply and what the record needs to know. */
final class Outcome {
  private final Reply reply;
  private final JsonObject params;
  private final List<String> faults;

  Outcome(Reply reply, JsonObject params, List<String> faults) {
    this.reply = reply;
    this.params = params;
    this.faults = List.copyOf(faults);
  }

  Reply reply() {
    return reply;
  }

  /** Returns the request parameters as JSON, or null when the body is not a JSON object. */
  JsonObject params() {
    return params;
  }

  List<String> faults() {
    return faults;
  }
}
