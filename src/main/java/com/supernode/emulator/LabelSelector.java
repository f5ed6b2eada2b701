package com.supernode.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Matches Kubernetes equality-based label selectors: comma-separated {@code key=value},
 * {@code key==value}, {@code key!=value}, {@code key} and {@code !key}, all of which must hold.
 */
final class LabelSelector {
  private LabelSelector() {}

  static boolean matches(String selector, JsonObject labels) {
    for (String raw : selector.split(",")) {
      String requirement = raw.trim();
      if (!requirement.isEmpty() && !holds(requirement, labels)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(String requirement, JsonObject labels) {
    int notEquals = requirement.indexOf("!=");
    if (notEquals > 0) {
      return !requirement.substring(notEquals + 2).equals(
          value(labels, requirement.substring(0, notEquals)));
    }
    int equals = requirement.indexOf('=');
    if (equals > 0) {
      String expected = requirement.substring(requirement.startsWith("==", equals)
          ? equals + 2 : equals + 1);
      return expected.equals(value(labels, requirement.substring(0, equals)));
    }
    if (requirement.startsWith("!")) {
      return !labels.has(requirement.substring(1));
    }
    return labels.has(requirement);
  }

  private static String value(JsonObject labels, String key) {
    JsonElement value = labels.get(key);
    return value == null ? null : value.getAsString();
  }
}
