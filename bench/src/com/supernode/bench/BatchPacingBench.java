package com.supernode.bench;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.config.Settings;
import com.supernode.function.FunctionEnvironment;
import com.supernode.handler.BatchCreateHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch pacing: one batch-create invocation for 60 new subnets against an emulator that replies
 * to every call after 150 ms and allows 20 calls per second per action. The ideal wall time is the
 * larger of 60 / 20 s and one call's latency; the figure is wall time divided by that ideal.
 *
 * <p>Each run uses its own cluster, so every run creates 60 nodes. The runs share one JVM, and
 * the first also pays for loading and compiling the handler's code. Throttling errors are
 * counted twice: the emulator's replies with a {@code RequestLimitExceeded} code (which the
 * handler retries) and the items whose result still carries one.
 *
 * <p>Options: {@code --out DIR --project-cp CP [--runs N] [--subnets N] [--label TEXT]}; the
 * label, such as the commit the handler was built from, goes into the report's title.
 */
public final class BatchPacingBench {
  private static final int LATENCY_MS = 150;
  private static final int RATE_LIMIT = 20;

  private BatchPacingBench() {}

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    Path out = options.outputFolder();
    int runs = options.number("runs", 3);
    int subnets = options.number("subnets", 60);
    Path world = out.resolve("world-batch.json");
    WorldGen.main(new String[] {"create", world.toString(), "--clusters", Integer.toString(runs),
        "--subnets", Integer.toString(subnets), "--family", "p", "--rate-limit",
        Integer.toString(RATE_LIMIT), "--latency-ms", Integer.toString(LATENCY_MS),
        "--pool-lists-subnets"});
    Path emulatorLog = out.resolve("emulator-batch.log");
    List<Run> results = new ArrayList<>();
    try (EmulatorProcess emulator = EmulatorProcess.start(options.text("project-cp"), world, 0,
        emulatorLog)) {
      BatchCreateHandler handler = new BatchCreateHandler(
          FunctionEnvironment.of(Settings.of(emulator.functionEnvironment())));
      for (int run = 0; run < runs; run++) {
        results.add(runOnce(handler, run, subnets));
      }
    }
    int throttledAnswers = countThrottled(emulatorLog);
    Files.writeString(out.resolve("batch-pacing.md"),
        report(results, subnets, throttledAnswers, options.titleSuffix()), StandardCharsets.UTF_8);
  }

  private static Run runOnce(BatchCreateHandler handler, int run, int subnets) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("ClusterId", BenchIds.cluster(run));
    event.put("NodePoolId", BenchIds.pool(run, 0));
    List<Object> ids = new ArrayList<>();
    for (int i = 0; i < subnets; i++) {
      ids.add(BenchIds.subnet('p', i));
    }
    event.put("SubnetIds", ids);
    long started = System.nanoTime();
    Map<String, Object> result = handler.handle(event, new BenchContext("batch-" + run));
    double wallMs = (System.nanoTime() - started) / 1e6;
    JsonObject response = new Gson().toJsonTree(result).getAsJsonObject()
        .getAsJsonObject("Response");
    int created = 0;
    int throttledItems = 0;
    JsonArray items = response == null ? new JsonArray() : response.getAsJsonArray("Results");
    for (JsonElement item : items) {
      JsonObject object = item.getAsJsonObject();
      if ("Created".equals(object.get("Outcome").getAsString())) {
        created++;
      }
      if (object.has("Error") && object.getAsJsonObject("Error").get("Code").getAsString()
          .startsWith("RequestLimitExceeded")) {
        throttledItems++;
      }
    }
    return new Run(wallMs, created, throttledItems);
  }

  private static int countThrottled(Path emulatorLog) throws IOException {
    int count = 0;
    for (String line : Files.readAllLines(emulatorLog, StandardCharsets.UTF_8)) {
      if (line.contains("\"code\":\"RequestLimitExceeded")) {
        count++;
      }
    }
    return count;
  }

  private static String report(List<Run> runs, int subnets, int throttledAnswers,
      String label) {
    double idealMs = Math.max(subnets * 1000.0 / RATE_LIMIT, LATENCY_MS);
    List<Double> walls = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      walls.add(run.wallMs);
      ratios.add(run.wallMs / idealMs);
      rows.append("| ").append(i + 1).append(" | ").append(Stats.format(run.wallMs, 0))
          .append(" | ").append(Stats.format(run.wallMs / idealMs, 3)).append(" | ")
          .append(run.created).append(" / ").append(subnets).append(" | ")
          .append(run.throttledItems).append(" |\n");
    }
    StringBuilder md = new StringBuilder("## Batch pacing").append(label).append("\n\n");
    md.append(subnets).append(" new subnets per batch; the emulator answers every call after ")
        .append(LATENCY_MS).append(" ms and allows ").append(RATE_LIMIT)
        .append(" calls per second per action. Ideal: max(").append(subnets).append(" / ")
        .append(RATE_LIMIT).append(" s, ").append(LATENCY_MS).append(" ms) = ")
        .append(Stats.format(idealMs, 0)).append(" ms. Run 1 also loads and compiles the "
        + "handler's code in this JVM.\n\n");
    md.append("| run | wall ms | wall ÷ ideal | created | items with a throttling error |\n"
        + "|---|---|---|---|---|\n").append(rows);
    md.append("\nOver the runs: wall ").append(Stats.of(walls).summary(0))
        .append(" ms, wall ÷ ideal ").append(Stats.of(ratios).summary(3))
        .append(". Throttling answers from the emulator (retried by the handler): ")
        .append(throttledAnswers).append(".\n");
    return md.toString();
  }

  /** The figures of one batch invocation. */
  private static final class Run {
    final double wallMs;
    final int created;
    final int throttledItems;

    Run(double wallMs, int created, int throttledItems) {
      this.wallMs = wallMs;
      this.created = created;
      this.throttledItems = throttledItems;
    }
  }
}
