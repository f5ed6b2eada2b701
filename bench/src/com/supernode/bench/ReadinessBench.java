package com.supernode.bench;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.config.Settings;
import com.supernode.function.FunctionEnvironment;
import com.supernode.handler.ReadinessHandler;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readiness at scale: one readiness invocation over 5 clusters of 10 pools of 100 virtual
 * nodes each (5,000 nodes, 50 pools). The emulator serves TKE and each cluster's Kubernetes API
 * server, and allows 20 calls per second per action.
 *
 * <p>Each run reports wall time, the TKE calls it made (from the emulator's request log) and
 * the peak heap: the sum of the heap pools' peak usage since the run began, an upper bound of
 * the heap the run needed at once. bench/run starts this JVM with {@code -Xmx} set to a quarter
 * of the function's memory in serverless.yml, the JVM's default share of a container's memory,
 * so a run that completes has fitted in that heap.
 *
 * <p>Options: {@code --out DIR --project-cp CP [--runs N] [--clusters N] [--pools N]
 * [--nodes N] [--memory-mb N]}.
 */
public final class ReadinessBench {
  private static final Pattern ACTION = Pattern.compile("\"action\":\"([A-Za-z]+)\"");

  private ReadinessBench() {}

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    Path out = options.outputFolder();
    int runs = options.number("runs", 3);
    int clusters = options.number("clusters", 5);
    int pools = options.number("pools", 10);
    int nodes = options.number("nodes", 100);
    Path world = out.resolve("world-readiness.json");
    WorldGen.main(new String[] {"readiness", world.toString(), "--clusters",
        Integer.toString(clusters), "--pools", Integer.toString(pools), "--nodes",
        Integer.toString(nodes)});
    Path emulatorLog = out.resolve("emulator-readiness.log");
    List<Run> results = new ArrayList<>();
    try (EmulatorProcess emulator = EmulatorProcess.start(options.text("project-cp"), world, 0,
        emulatorLog)) {
      ReadinessHandler handler = new ReadinessHandler(
          FunctionEnvironment.of(Settings.of(emulator.functionEnvironment())));
      for (int run = 0; run < runs; run++) {
        int logLinesBefore = lineCount(emulatorLog);
        Run result = runOnce(handler, run, clusters);
        result.calls = callsSince(emulatorLog, logLinesBefore);
        results.add(result);
      }
    }
    String memory = options.text("memory-mb", "");
    Files.writeString(out.resolve("readiness.md"),
        report(results, clusters, pools, nodes, memory) + peakResidentSet(),
        StandardCharsets.UTF_8);
  }

  private static Run runOnce(ReadinessHandler handler, int run, int clusters) {
    List<Map<String, Object>> targets = new ArrayList<>();
    for (int c = 0; c < clusters; c++) {
      targets.add(Map.of("ClusterId", BenchIds.cluster(c)));
    }
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("Clusters", targets);
    List<MemoryPoolMXBean> heap = heapPools();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    Map<String, Object> result = handler.handle(event, new BenchContext("readiness-" + run));
    double wallMs = (System.nanoTime() - started) / 1e6;
    long peakBytes = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    String json = new Gson().toJson(result);
    JsonObject summary = com.google.gson.JsonParser.parseString(json).getAsJsonObject()
        .getAsJsonObject("Response");
    int nodesChecked = 0;
    List<String> views = new ArrayList<>();
    for (JsonElement cluster : summary.getAsJsonArray("Clusters")) {
      JsonObject object = cluster.getAsJsonObject();
      nodesChecked += object.getAsJsonObject("NodeCounts").get("Total").getAsInt();
      views.add(object.get("View").getAsString());
    }
    return new Run(wallMs, peakBytes / 1048576.0, nodesChecked,
        summary.get("Status").getAsString(), String.join(",", new java.util.TreeSet<>(views)),
        json.getBytes(StandardCharsets.UTF_8).length / 1024.0);
  }

  /**
   * Returns a sentence with this JVM's peak resident set ({@code VmHWM} in /proc/self/status),
   * which leaves out the emulator's process, or an empty string where /proc is missing.
   */
  private static String peakResidentSet() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "";
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith("VmHWM:")) {
        long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return "Peak resident set of this JVM over all runs (the emulator runs in another "
            + "process): " + kilobytes / 1024 + " MB.\n";
      }
    }
    return "";
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> pools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pools.add(pool);
      }
    }
    return pools;
  }

  private static int lineCount(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() : 0;
  }

  /** Counts the emulator's request lines after line {@code from}, by TKE action. */
  private static Map<String, Integer> callsSince(Path log, int from) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    Map<String, Integer> calls = new TreeMap<>();
    for (String line : lines.subList(from, lines.size())) {
      Matcher action = ACTION.matcher(line);
      if (line.contains("\"event\":\"request\"") && action.find()) {
        calls.merge(action.group(1), 1, Integer::sum);
      }
    }
    return calls;
  }

  private static String report(List<Run> runs, int clusters, int pools, int nodes,
      String memoryMb) {
    StringBuilder md = new StringBuilder("## Readiness at scale\n\n");
    md.append(clusters).append(" clusters × ").append(pools).append(" pools × ").append(nodes)
        .append(" nodes = ").append(clusters * pools * nodes).append(" virtual nodes; the "
        + "emulator allows 20 calls per second per action and serves each cluster's Kubernetes "
        + "API; the function's settings are its defaults. Run 1 also loads and compiles the "
        + "handler's code in this JVM, whose maximum heap is ")
        .append(Runtime.getRuntime().maxMemory() / 1048576).append(" MB");
    if (!memoryMb.isEmpty()) {
      md.append(" (a quarter of the ").append(memoryMb).append(" MB that serverless.yml gives "
          + "the function)");
    }
    md.append(". Kubernetes API requests are not counted: the emulator logs only TKE calls.\n\n"
        + "| run | wall ms | TKE calls | nodes checked | view | status | peak heap MB "
        + "| response KB |\n|---|---|---|---|---|---|---|---|\n");
    List<Double> walls = new ArrayList<>();
    List<Double> heaps = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      walls.add(run.wallMs);
      heaps.add(run.peakHeapMb);
      int total = run.calls.values().stream().mapToInt(Integer::intValue).sum();
      md.append("| ").append(i + 1).append(" | ").append(Stats.format(run.wallMs, 0))
          .append(" | ").append(total).append(" (").append(describe(run.calls)).append(") | ")
          .append(run.nodesChecked).append(" | ").append(run.views).append(" | ")
          .append(run.status).append(" | ").append(Stats.format(run.peakHeapMb, 1))
          .append(" | ").append(Stats.format(run.responseKb, 0)).append(" |\n");
    }
    md.append("\nOver the runs: wall ").append(Stats.of(walls).summary(0)).append(" ms, peak "
        + "heap ").append(Stats.of(heaps).summary(1)).append(" MB.\n");
    return md.toString();
  }

  private static String describe(Map<String, Integer> calls) {
    StringBuilder text = new StringBuilder();
    calls.forEach((action, count) -> text.append(text.length() == 0 ? "" : ", ")
        .append(action).append(' ').append(count));
    return text.toString();
  }

  /** The figures of one readiness invocation. */
  private static final class Run {
    final double wallMs;
    final double peakHeapMb;
    final int nodesChecked;
    final String status;
    final String views;
    final double responseKb;
    Map<String, Integer> calls = Map.of();

    Run(double wallMs, double peakHeapMb, int nodesChecked, String status, String views,
        double responseKb) {
      this.wallMs = wallMs;
      this.peakHeapMb = peakHeapMb;
      this.nodesChecked = nodesChecked;
      this.status = status;
      this.views = views;
      this.responseKb = responseKb;
    }
  }
}
