package com.supernode.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Cold start: each variant is a fresh process that makes one {@code CreateClusterVirtualNode}
 * call against one emulator process started beforehand, or (the floors) does nothing.
 *
 * <p>Rounds run every variant once, in an order that rotates from round to round, so that load
 * from other work on the machine falls on all variants alike. Each figure is the median, min
 * and max over rounds. Each ratio is taken within a round against that round's baseline, then
 * summarized the same way. Each round ends with one {@link ColdSteps} run, which splits a cold
 * create into steps. One untimed run per Java variant with {@code -Xlog:class+load} counts the
 * classes it loads.
 *
 * <p>Options: {@code --rounds N --out DIR --measure FILE --bench-classes JAR --project-cp CP
 * --app-cp CP --app-label TEXT --sdk-cp CP --node-dir DIR [--unshaded-cp CP] [--port N]
 * [--only NAME,...] [--compare NAME=CP;...]}. The handler variants run from
 * {@code --app-cp}, the bare-SDK baselines from {@code --sdk-cp}, the emulator from
 * {@code --project-cp}.
 */
public final class ColdStartBench {
  private static final String HANDLER = "com.supernode.handler.CreateNodeHandler";
  private static final long RUN_TIMEOUT_SECONDS = 60;

  private final Options options;
  private final Path out;
  private final List<Variant> variants = new ArrayList<>();
  private Map<String, String> functionEnv;
  private int nextSubnet;

  private ColdStartBench(Options options) {
    this.options = options;
    this.out = options.path("out");
  }

  public static void main(String[] args) throws Exception {
    new ColdStartBench(new Options(args)).run();
  }

  private void run() throws Exception {
    Files.createDirectories(out);
    defineVariants();
    int rounds = options.number("rounds", 15);
    Path world = out.resolve("world-cold.json");
    int creates = (rounds + 2) * (variants.size() + 2) + 20;
    WorldGen.main(new String[] {"create", world.toString(), "--clusters", "1",
        "--subnets", Integer.toString(creates), "--family", "c"});

    int port = options.number("port", 0);
    try (EmulatorProcess emulator = EmulatorProcess.start(options.text("project-cp"), world,
        port, out.resolve("emulator-cold.log"))) {
      functionEnv = emulator.functionEnvironment();
      if (variants.stream().anyMatch(v -> v.name.contains("appcds"))) {
        trainAppCds();
      }
      runRound(-1);
      List<Map<String, Double>> steps = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        runRound(round);
        steps.add(runSteps());
      }
      for (Variant variant : variants) {
        if (variant.java) {
          variant.classes = countClasses(variant);
        }
      }
      writeReport(rounds, steps);
    }
  }

  private void defineVariants() {
    String bench = options.text("bench-classes");
    String app = bench + ":" + options.text("app-cp");
    defineBaselines(bench, bench + ":" + options.text("sdk-cp"));

    variants.add(handler("handler", "create handler, default JVM options", app, null));
    if (options.flag("unshaded-cp")) {
      variants.add(handler("handler-unshaded", "create handler from the plain classes and the "
          + "full runtime classpath (all-products SDK jar)",
          bench + ":" + options.text("unshaded-cp"), null));
    }
    defineJvmOptionVariants(app);
    addComparedHandlers(bench + ":");

    if (options.flag("only")) {
      List<String> kept = List.of(options.text("only").split(","));
      variants.removeIf(v -> !kept.contains(v.name) && !v.name.startsWith("handler@"));
    }
  }

  /** Adds the floors, the Node.js SDK and the bare Java SDK. */
  private void defineBaselines(String bench, String sdk) {
    Path nodeScript = options.path("node-dir").resolve("create.js");
    variants.add(Variant.java("java-hello", "Java hello-world (the floor)", bench,
        "com.supernode.bench.HelloWorld", false));
    variants.add(Variant.node("node-hello", "Node.js empty script (the floor)",
        List.of("node", "-e", "")));
    variants.add(Variant.node("node-sdk-tke",
        "Node.js SDK, per-product tencentcloud-sdk-nodejs-tke 4.1.314",
        List.of("node", nodeScript.toString(), "tke")));
    variants.add(Variant.node("node-sdk-all",
        "Node.js SDK, all-products tencentcloud-sdk-nodejs 4.1.313",
        List.of("node", nodeScript.toString(), "all")));

    variants.add(Variant.java("java-sdk-tkeclient", "bare Java SDK, typed TkeClient", sdk,
        "com.supernode.bench.ColdSdkCall", true, "tke"));
    variants.add(Variant.java("java-sdk-commonclient", "bare Java SDK, generic CommonClient",
        sdk, "com.supernode.bench.ColdSdkCall", true, "common"));
  }

  /** Adds the handler with JVM options that a function can set, and with AppCDS. */
  private void defineJvmOptionVariants(String app) {
    String c1 = "-XX:TieredStopAtLevel=1";
    String serial = "-XX:+UseSerialGC";
    String appCds = "-XX:SharedArchiveFile=" + appCdsArchive();
    variants.add(handler("handler-c1", "handler, " + c1, app, c1));
    variants.add(handler("handler-serialgc", "handler, " + serial, app, serial));
    variants.add(handler("handler-c1-serialgc", "handler, " + c1 + " " + serial, app,
        c1 + " " + serial));
    variants.add(handler("handler-xshare-off",
        "handler, -Xshare:off (no CDS, as a JDK 11 without a CDS archive)", app, "-Xshare:off"));
    variants.add(handler("handler-appcds", "handler, AppCDS archive of a training run", app,
        appCds));
    variants.add(handler("handler-appcds-c1-serialgc", "handler, AppCDS + " + c1 + " " + serial,
        app, appCds + " " + c1 + " " + serial));
  }

  /** Returns a variant of the create handler, with {@code toolOptions} unless it is null. */
  private static Variant handler(String name, String description, String classpath,
      String toolOptions) {
    Variant variant = Variant.java(name, description, classpath,
        "com.supernode.bench.ColdCreate", true, HANDLER);
    return toolOptions == null ? variant : variant.withToolOptions(toolOptions);
  }

  /**
   * Adds one handler variant per {@code --compare "NAME=CLASSPATH;..."} entry: the same handler
   * built from other sources (an earlier commit, an experiment), measured in the same rounds.
   */
  private void addComparedHandlers(String benchPrefix) {
    if (!options.flag("compare")) {
      return;
    }
    for (String entry : options.text("compare").split(";")) {
      int equals = entry.indexOf('=');
      String name = entry.substring(0, equals);
      variants.add(handler("handler@" + name, "handler built from " + name,
          benchPrefix + entry.substring(equals + 1), null));
    }
  }

  private Path appCdsArchive() {
    return out.resolve("handler-appcds.jsa").toAbsolutePath();
  }

  /** Writes a dynamic AppCDS archive of the classes one cold create loads (JDK 13 and later). */
  private void trainAppCds() throws IOException, InterruptedException {
    Files.deleteIfExists(appCdsArchive());
    Variant handler = variant("handler");
    List<String> command = handler.command(List.of("-XX:ArchiveClassesAtExit=" + appCdsArchive()),
        arguments(handler));
    Measured result = launch(command, Map.of(), "appcds-training");
    if (result.status != 0 || !Files.exists(appCdsArchive())) {
      throw new IllegalStateException("the AppCDS training run failed; see "
          + out.resolve("appcds-training.err"));
    }
  }

  private void runRound(int round) throws IOException, InterruptedException {
    int size = variants.size();
    for (int i = 0; i < size; i++) {
      Variant variant = variants.get((i + Math.max(round, 0)) % size);
      List<String> command = variant.command(List.of(), arguments(variant));
      Measured result = launch(command, variant.environment(), variant.name);
      if (result.status != 0) {
        throw new IllegalStateException("variant " + variant.name + " failed with status "
            + result.status + "; see " + out.resolve(variant.name + ".err"));
      }
      if (round >= 0) {
        variant.runs.add(result);
      }
    }
  }

  private List<String> arguments(Variant variant) {
    if (!variant.creates) {
      return List.of();
    }
    String subnet = BenchIds.subnet('c', nextSubnet++);
    return List.of(BenchIds.cluster(0), BenchIds.pool(0, 0), subnet);
  }

  private ClassLoadLog countClasses(Variant variant) throws IOException, InterruptedException {
    Path log = out.resolve("classes-" + variant.name + ".log");
    List<String> command = variant.command(List.of("-Xlog:class+load:file=" + log),
        arguments(variant));
    Measured result = launch(command, variant.environment(), variant.name + "-classes");
    if (result.status != 0) {
      throw new IllegalStateException("class count run of " + variant.name + " failed; see "
          + out.resolve(variant.name + "-classes.err"));
    }
    return ClassLoadLog.read(log);
  }

  private Map<String, Double> runSteps() throws IOException, InterruptedException {
    String cp = options.text("bench-classes") + ":" + options.text("app-cp");
    List<String> command = new ArrayList<>(List.of(EmulatorProcess.javaCommand(), "-cp", cp,
        "com.supernode.bench.ColdSteps", HANDLER, BenchIds.cluster(0), BenchIds.pool(0, 0)));
    command.add(BenchIds.subnet('c', nextSubnet++));
    command.add(BenchIds.subnet('c', nextSubnet++));
    Measured result = launch(command, Map.of(), "steps");
    if (result.status != 0) {
      throw new IllegalStateException("ColdSteps failed; see " + out.resolve("steps.err"));
    }
    Map<String, Double> steps = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve("steps.err"), StandardCharsets.UTF_8)) {
      if (line.startsWith("STEP ")) {
        String[] pair = line.substring(5).split("=");
        steps.put(pair[0], Long.parseLong(pair[1]) / 1000.0);
      }
    }
    steps.put("total (sum of steps)", steps.values().stream().mapToDouble(d -> d).sum());
    steps.put("process wall time", result.wallMs);
    return steps;
  }

  /** Runs {@code command} under {@code measure}; its output goes to files named by {@code tag}. */
  private Measured launch(List<String> command, Map<String, String> extraEnv, String tag)
      throws IOException, InterruptedException {
    Path result = out.resolve(tag + ".measure");
    List<String> full = new ArrayList<>();
    full.add(options.text("measure"));
    full.add(result.toString());
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(functionEnv);
    builder.environment().putAll(extraEnv);
    builder.redirectOutput(out.resolve(tag + ".out").toFile());
    builder.redirectError(out.resolve(tag + ".err").toFile());
    Process process = builder.start();
    if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException(tag + " did not finish in " + RUN_TIMEOUT_SECONDS + " s");
    }
    return Measured.read(result);
  }

  private Variant variant(String name) {
    Variant variant = find(name);
    if (variant == null) {
      throw new IllegalArgumentException("no variant named " + name);
    }
    return variant;
  }

  private Variant find(String name) {
    return variants.stream().filter(v -> v.name.equals(name)).findFirst().orElse(null);
  }

  private void writeReport(int rounds, List<Map<String, Double>> steps) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("## Cold start\n\n");
    md.append("Application classpath: ").append(options.text("app-label")).append(". ")
        .append(rounds).append(" rounds; each cell is median (min–max) over rounds. Ratios are "
        + "taken within each round against that round's baseline.\n\n");
    appendFigures(md);
    appendClassOrigins(md);
    appendSteps(md, steps);
    Files.writeString(out.resolve("cold-start.md"), md.toString(), StandardCharsets.UTF_8);
    writeRaw();
  }

  private void appendFigures(StringBuilder md) {
    md.append("| variant | what | wall ms | × Java hello | × Node.js tke | × Node.js all "
        + "| CPU ms | CPU × Node.js tke | peak RSS MB | classes loaded |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    Variant hello = find("java-hello");
    Variant nodeTke = find("node-sdk-tke");
    Variant nodeAll = find("node-sdk-all");
    for (Variant v : variants) {
      md.append("| ").append(v.name).append(" | ").append(v.description).append(" | ")
          .append(Stats.of(v.values(m -> m.wallMs)).summary(0)).append(" | ")
          .append(ratio(v, hello, m -> m.wallMs)).append(" | ")
          .append(ratio(v, nodeTke, m -> m.wallMs)).append(" | ")
          .append(ratio(v, nodeAll, m -> m.wallMs)).append(" | ")
          .append(Stats.of(v.values(m -> m.cpuMs)).summary(0)).append(" | ")
          .append(ratio(v, nodeTke, m -> m.cpuMs)).append(" | ")
          .append(Stats.of(v.values(m -> m.maxRssMb)).summary(0)).append(" | ")
          .append(v.classes == null ? "n/a" : v.classes.total + " (" + v.classes.fromCds
              + " from CDS)").append(" |\n");
    }
  }

  private void appendClassOrigins(StringBuilder md) {
    md.append("\n### Classes loaded, by origin\n\n| variant | ");
    md.append(String.join(" | ", ClassLoadLog.GROUPS)).append(" |\n|---|");
    ClassLoadLog.GROUPS.forEach(g -> md.append("---|"));
    md.append('\n');
    for (Variant v : variants) {
      if (v.classes != null) {
        md.append("| ").append(v.name).append(" | ");
        for (String group : ClassLoadLog.GROUPS) {
          md.append(v.classes.byGroup.get(group)).append(" | ");
        }
        md.append('\n');
      }
    }
  }

  private static void appendSteps(StringBuilder md, List<Map<String, Double>> steps) {
    md.append("\n### Where the handler's cold time goes (ColdSteps, one fresh JVM per round, ms)"
        + "\n\n| step | median (min–max) |\n|---|---|\n");
    for (String step : steps.get(0).keySet()) {
      List<Double> values = new ArrayList<>();
      steps.forEach(s -> values.add(s.get(step)));
      md.append("| ").append(step).append(" | ").append(Stats.of(values).summary(1))
          .append(" |\n");
    }
  }

  private static String ratio(Variant variant, Variant baseline,
      ToDoubleFunction<Measured> figure) {
    if (baseline == null) {
      return "n/a";
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < variant.runs.size(); i++) {
      ratios.add(figure.applyAsDouble(variant.runs.get(i))
          / figure.applyAsDouble(baseline.runs.get(i)));
    }
    return Stats.of(ratios).summary(2);
  }

  private void writeRaw() throws IOException {
    StringBuilder tsv = new StringBuilder("variant\tround\twall_ms\tcpu_ms\tmax_rss_mb\n");
    for (Variant v : variants) {
      for (int i = 0; i < v.runs.size(); i++) {
        Measured m = v.runs.get(i);
        tsv.append(v.name).append('\t').append(i).append('\t').append(m.wallMs).append('\t')
            .append(m.cpuMs).append('\t').append(m.maxRssMb).append('\n');
      }
    }
    Files.writeString(out.resolve("cold-start-raw.tsv"), tsv.toString(), StandardCharsets.UTF_8);
  }

  /** One kind of process the benchmark starts. */
  private static final class Variant {
    final String name;
    final String description;
    final boolean java;
    final boolean creates;
    final List<String> baseCommand;
    final List<String> trailing;
    String toolOptions;
    final List<Measured> runs = new ArrayList<>();
    ClassLoadLog classes;

    private Variant(String name, String description, boolean java, boolean creates,
        List<String> baseCommand, List<String> trailing) {
      this.name = name;
      this.description = description;
      this.java = java;
      this.creates = creates;
      this.baseCommand = baseCommand;
      this.trailing = trailing;
    }

    static Variant java(String name, String description, String classpath, String mainClass,
        boolean creates, String... mainArguments) {
      List<String> trailing = new ArrayList<>(List.of("-cp", classpath, mainClass));
      trailing.addAll(List.of(mainArguments));
      return new Variant(name, description, true, creates,
          List.of(EmulatorProcess.javaCommand()), trailing);
    }

    static Variant node(String name, String description, List<String> command) {
      boolean creates = command.size() > 2;
      return new Variant(name, description, false, creates, command, List.of());
    }

    /** Passes JVM options the way a function would set them: {@code JAVA_TOOL_OPTIONS}. */
    Variant withToolOptions(String value) {
      this.toolOptions = value;
      return this;
    }

    Map<String, String> environment() {
      return toolOptions == null ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", toolOptions);
    }

    List<String> command(List<String> jvmOptions, List<String> arguments) {
      List<String> command = new ArrayList<>(baseCommand);
      if (java) {
        command.addAll(jvmOptions);
      }
      command.addAll(trailing);
      command.addAll(arguments);
      return command;
    }

    List<Double> values(ToDoubleFunction<Measured> field) {
      List<Double> values = new ArrayList<>();
      runs.forEach(m -> values.add(field.applyAsDouble(m)));
      return values;
    }
  }
}
