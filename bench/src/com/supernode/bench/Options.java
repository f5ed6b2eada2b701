package com.supernode.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options of the benchmark programs. */
final class Options {
  private final Map<String, String> values = new HashMap<>();

  Options(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option --name, found '" + args[i] + "'");
      }
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      values.put(args[i].substring(2), flag ? "true" : args[++i]);
    }
  }

  String text(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("option --" + name + " is missing");
    }
    return value;
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  int number(String name, int fallback) {
    return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
  }

  Path path(String name) {
    return Path.of(text(name));
  }

  /** Returns {@code --out}, the folder for a benchmark's files, created if missing. */
  Path outputFolder() throws IOException {
    return Files.createDirectories(path("out"));
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  /** Returns {@code --label} as a title suffix, {@code ", LABEL"}, or an empty string. */
  String titleSuffix() {
    return values.containsKey("label") ? ", " + values.get("label") : "";
  }
}
