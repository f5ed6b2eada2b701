package com.supernode.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The figures that {@code measure} (bench/src/measure.c) recorded for one process run. */
final class Measured {
  final double wallMs;
  final double cpuMs;
  final double maxRssMb;
  final int status;

  private Measured(double wallMs, double cpuMs, double maxRssMb, int status) {
    this.wallMs = wallMs;
    this.cpuMs = cpuMs;
    this.maxRssMb = maxRssMb;
    this.status = status;
  }

  static Measured read(Path file) throws IOException {
    Map<String, Long> values = new HashMap<>();
    for (String pair : Files.readString(file, StandardCharsets.UTF_8).trim().split(" ")) {
      int equals = pair.indexOf('=');
      values.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
    }
    return new Measured(values.get("wall_us") / 1000.0,
        (values.get("user_us") + values.get("sys_us")) / 1000.0,
        values.get("maxrss_kb") / 1024.0, values.get("status").intValue());
  }
}
