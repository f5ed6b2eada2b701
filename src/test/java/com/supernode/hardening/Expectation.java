package com.supernode.hardening;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Objects;

/** The rejection a corpus case expects: HTTP status, error code and the field it names. */
final class Expectation {
  private final int status;
  private final String code;
  private final String field;

  Expectation(int status, String code, String field) {
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.field = Objects.requireNonNull(field, "field");
  }

  /** Reads {@code {"status", "code", "field"}}, taking absent keys from {@code base}. */
  static Expectation read(JsonObject json, Expectation base) {
    for (String key : json.keySet()) {
      if (!key.equals("status") && !key.equals("code") && !key.equals("field")) {
        throw new IllegalArgumentException("unknown expectation key '" + key
            + "'; expected status, code or field");
      }
    }
    JsonElement status = json.get("status");
    JsonElement code = json.get("code");
    JsonElement field = json.get("field");
    if (base == null && (status == null || code == null || field == null)) {
      throw new IllegalArgumentException("expect needs status, code and field");
    }
    return new Expectation(
        status == null ? base.status : status.getAsInt(),
        code == null ? base.code : code.getAsString(),
        field == null ? base.field : field.getAsString());
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String field() {
    return field;
  }

  @Override
  public String toString() {
    return status + " " + code + " at " + field;
  }
}
