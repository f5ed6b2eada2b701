package com.supernode.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Package size: bytes on disk and class files of each artifact, and of the all-products SDK jar
 * it is compared with.
 *
 * <p>Usage: {@code PackageBench OUT_FILE LABEL=PATH[:PATH...] ...}. A PATH is a jar or a
 * directory of class files; a LABEL with several paths sums them, as a classpath.
 */
public final class PackageBench {
  private PackageBench() {}

  public static void main(String[] args) throws IOException {
    StringBuilder md = new StringBuilder("## Package\n\n| artifact | size MB | class files "
        + "| size ÷ all-products SDK jar | classes ÷ all-products SDK jar |\n"
        + "|---|---|---|---|---|\n");
    List<long[]> figures = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      labels.add(args[i].substring(0, equals));
      long bytes = 0;
      long classes = 0;
      for (String path : args[i].substring(equals + 1).split(":")) {
        long[] one = measure(Path.of(path));
        bytes += one[0];
        classes += one[1];
      }
      figures.add(new long[] {bytes, classes});
    }
    long[] sdk = figures.get(0);
    for (int i = 0; i < figures.size(); i++) {
      long[] f = figures.get(i);
      md.append("| ").append(labels.get(i)).append(" | ")
          .append(Stats.format(f[0] / 1e6, 2)).append(" | ").append(f[1]).append(" | ")
          .append(Stats.format((double) f[0] / sdk[0], 3)).append(" | ")
          .append(Stats.format((double) f[1] / sdk[1], 3)).append(" |\n");
    }
    Files.writeString(Path.of(args[0]), md.toString(), StandardCharsets.UTF_8);
  }

  /** Returns {bytes, class files} of a jar or a directory tree. */
  private static long[] measure(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      long[] sum = new long[2];
      try (Stream<Path> files = Files.walk(path)) {
        files.filter(Files::isRegularFile).forEach(file -> {
          sum[0] += file.toFile().length();
          sum[1] += file.toString().endsWith(".class") ? 1 : 0;
        });
      }
      return sum;
    }
    long classes = 0;
    try (ZipFile zip = new ZipFile(path.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        if (entries.nextElement().getName().endsWith(".class")) {
          classes++;
        }
      }
    }
    return new long[] {Files.size(path), classes};
  }
}
