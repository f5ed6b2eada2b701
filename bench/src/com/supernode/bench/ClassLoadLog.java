package com.supernode.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the classes in a {@code -Xlog:class+load} file, by where they came from. */
final class ClassLoadLog {
  static final List<String> GROUPS = List.of("com.supernode", "com.tencentcloudapi",
      "okhttp3+okio", "com.google.gson", "commons-logging", "JDK security+TLS",
      "JDK invoke+lambda", "JDK other");

  final int total;
  final int fromCds;
  final Map<String, Integer> byGroup;

  private ClassLoadLog(int total, int fromCds, Map<String, Integer> byGroup) {
    this.total = total;
    this.fromCds = fromCds;
    this.byGroup = byGroup;
  }

  static ClassLoadLog read(Path file) throws IOException {
    int total = 0;
    int fromCds = 0;
    Map<String, Integer> byGroup = new LinkedHashMap<>();
    GROUPS.forEach(group -> byGroup.put(group, 0));
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int source = line.indexOf(" source: ");
      if (source < 0) {
        continue;
      }
      total++;
      if (line.contains("source: shared objects file")) {
        fromCds++;
      }
      String name = line.substring(line.lastIndexOf(' ', source - 1) + 1, source);
      byGroup.merge(groupOf(name), 1, Integer::sum);
    }
    return new ClassLoadLog(total, fromCds, byGroup);
  }

  private static String groupOf(String name) {
    if (name.startsWith("com.supernode.")) {
      return "com.supernode";
    } else if (name.startsWith("com.tencentcloudapi.")) {
      return "com.tencentcloudapi";
    } else if (name.startsWith("okhttp3.") || name.startsWith("okio.")) {
      return "okhttp3+okio";
    } else if (name.startsWith("com.google.gson.")) {
      return "com.google.gson";
    } else if (name.startsWith("org.apache.commons.logging.")) {
      return "commons-logging";
    } else if (name.matches("^(sun\\.security|javax\\.net|javax\\.crypto|com\\.sun\\.crypto"
        + "|java\\.security|javax\\.security)\\..*")) {
      return "JDK security+TLS";
    } else if (name.startsWith("java.lang.invoke.") || name.contains("$$Lambda")
        || name.startsWith("jdk.internal.org.objectweb.") || name.startsWith("sun.invoke.")) {
      return "JDK invoke+lambda";
    }
    return "JDK other";
  }
}
