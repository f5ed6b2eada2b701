package com.supernode.hardening;

import java.util.Map;

/** Sets and removes dotted keys such as {@code requestContext.httpMethod} in an event map. */
final class EventPaths {
  private EventPaths() {}

  static void set(Map<String, Object> event, String path, Object value) {
    int dot = path.lastIndexOf('.');
    parentOf(event, path, dot).put(path.substring(dot + 1), value);
  }

  static void remove(Map<String, Object> event, String path) {
    int dot = path.lastIndexOf('.');
    parentOf(event, path, dot).remove(path.substring(dot + 1));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parentOf(Map<String, Object> event, String path, int dot) {
    Map<String, Object> parent = event;
    if (dot < 0) {
      return parent;
    }
    for (String key : path.substring(0, dot).split("\\.")) {
      Object child = parent.get(key);
      if (!(child instanceof Map)) {
        throw new IllegalArgumentException("event has no object at '" + key + "' of " + path);
      }
      parent = (Map<String, Object>) child;
    }
    return parent;
  }
}
