package com.supernode.bench;

import com.qcloud.scf.runtime.Context;
import com.supernode.config.Settings;
import com.supernode.function.FunctionEnvironment;
import com.supernode.handler.CreateNodeHandler;
import com.supernode.request.CreateNodeRequest;
import com.supernode.tke.RoleCredentials;
import com.supernode.tke.SdkTkeGateway;
import com.supernode.tke.TkeSettings;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm overhead: in one JVM after warm-up, the create handler's invocation against an emulator
 * that replies at once, next to the bare SDK call it wraps ({@code CommonClient.call} on a
 * client built once) and next to the handler's own {@code SdkTkeGateway} built once. All three
 * make the same {@code CreateClusterVirtualNode} call, in turns of 10 calls, so that all see
 * the same machine and emulator state.
 *
 * <p>The handler runs as SCF runs it: built once, logging its JSON lines to standard output,
 * which bench/run sends to /dev/null. Allocation is the calling thread's allocated bytes, from
 * {@code com.sun.management.ThreadMXBean}. OkHttp makes synchronous calls on the calling
 * thread, so this counts the client's allocation too.
 *
 * <p>Options: {@code --out DIR --project-cp CP [--warmup N] [--calls N] [--runs N]
 * [--label TEXT]}; the label, such as the commit the handler was built from, goes into the
 * report's title.
 */
public final class WarmBench {
  private static final int CLUSTERS = 20;
  private static final int BLOCK = 10;

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final long threadId = Thread.currentThread().getId();
  private final CreateNodeHandler handler;
  private final CommonClient bare;
  private final SdkTkeGateway gateway;
  private final Context context = new BenchContext("warm");
  private int nextCreate;

  private WarmBench(Map<String, String> environment) {
    Settings settings = Settings.of(environment);
    this.handler = new CreateNodeHandler(FunctionEnvironment.of(settings));
    this.gateway = new SdkTkeGateway(TkeSettings.from(settings), new RoleCredentials(
        environment.get("TENCENTCLOUD_SECRETID"), environment.get("TENCENTCLOUD_SECRETKEY"),
        null));
    SdkTarget target = SdkTarget.of(environment);
    this.bare = new CommonClient("tke", "2018-05-25", target.credential, target.region,
        target.profile());
  }

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    Path out = options.outputFolder();
    int warmup = options.number("warmup", 2000);
    int calls = options.number("calls", 2000);
    int runs = options.number("runs", 3);
    int creates = 3 * (warmup + runs * calls) + 3 * BLOCK;
    Path world = out.resolve("world-warm.json");
    WorldGen.main(new String[] {"create", world.toString(), "--clusters",
        Integer.toString(CLUSTERS), "--subnets", Integer.toString(creates / CLUSTERS + 1),
        "--family", "w", "--rate-limit", "0"});
    try (EmulatorProcess emulator = EmulatorProcess.start(options.text("project-cp"), world, 0,
        out.resolve("emulator-warm.log"))) {
      WarmBench bench = new WarmBench(emulator.functionEnvironment());
      bench.measure(warmup);
      List<Sample[]> results = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        results.add(bench.measure(calls));
      }
      Files.writeString(out.resolve("warm-overhead.md"),
          report(results, warmup, calls, options.titleSuffix()), StandardCharsets.UTF_8);
    }
  }

  /**
   * Makes {@code calls} calls of each kind in turns; returns the samples in the order bare SDK
   * call, reused gateway, handler.
   */
  private Sample[] measure(int calls) throws TencentCloudSDKException {
    Sample bareSample = new Sample(calls);
    Sample gatewaySample = new Sample(calls);
    Sample handlerSample = new Sample(calls);
    for (int done = 0; done < calls; done += BLOCK) {
      int block = Math.min(BLOCK, calls - done);
      for (int i = 0; i < block; i++) {
        bareCall(bareSample);
      }
      for (int i = 0; i < block; i++) {
        gatewayCall(gatewaySample);
      }
      for (int i = 0; i < block; i++) {
        handlerCall(handlerSample);
      }
    }
    return new Sample[] {bareSample, gatewaySample, handlerSample};
  }

  private void bareCall(Sample sample) throws TencentCloudSDKException {
    int index = nextCreate++;
    String json = "{\"ClusterId\":\"" + cluster(index) + "\",\"NodePoolId\":\"" + pool(index)
        + "\",\"SubnetId\":\"" + subnet(index) + "\"}";
    long bytes = threads.getThreadAllocatedBytes(threadId);
    long started = System.nanoTime();
    String body = bare.call("CreateClusterVirtualNode", json);
    long elapsed = System.nanoTime() - started;
    sample.add(elapsed, threads.getThreadAllocatedBytes(threadId) - bytes);
    if (!body.contains("\"NodeName\"")) {
      throw new IllegalStateException("bare SDK create failed: " + body);
    }
  }

  private void gatewayCall(Sample sample) {
    int index = nextCreate++;
    CreateNodeRequest request =
        CreateNodeRequest.ofSubnet(cluster(index), pool(index), subnet(index));
    long bytes = threads.getThreadAllocatedBytes(threadId);
    long started = System.nanoTime();
    String nodeName = gateway.createVirtualNode(request).nodeName();
    long elapsed = System.nanoTime() - started;
    sample.add(elapsed, threads.getThreadAllocatedBytes(threadId) - bytes);
    if (nodeName == null) {
      throw new IllegalStateException("gateway create returned no node name");
    }
  }

  private void handlerCall(Sample sample) {
    int index = nextCreate++;
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("ClusterId", cluster(index));
    event.put("NodePoolId", pool(index));
    event.put("SubnetId", subnet(index));
    long bytes = threads.getThreadAllocatedBytes(threadId);
    long started = System.nanoTime();
    Map<String, Object> result = handler.handle(event, context);
    long elapsed = System.nanoTime() - started;
    sample.add(elapsed, threads.getThreadAllocatedBytes(threadId) - bytes);
    if (!result.containsKey("Response")
        || !String.valueOf(result.get("Response")).contains("NodeName")) {
      throw new IllegalStateException("handler create failed: " + result);
    }
  }

  private static String cluster(int index) {
    return BenchIds.cluster(index % CLUSTERS);
  }

  private static String pool(int index) {
    return BenchIds.pool(index % CLUSTERS, 0);
  }

  private static String subnet(int index) {
    return BenchIds.subnet('w', index / CLUSTERS);
  }

  private static String report(List<Sample[]> runs, int warmup, int calls, String label) {
    List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    StringBuilder md = new StringBuilder("## Warm overhead").append(label);
    md.append(jvmOptions.isEmpty() ? ", default JVM options" : ", JVM options "
        + String.join(" ", jvmOptions)).append("\n\n");
    md.append(runs.size()).append(" runs of ").append(calls).append(" calls of each kind after ")
        .append(warmup).append(" warm-up calls of each kind, in one JVM. Each cell is median "
        + "(min–max) over the runs of that run's figure. \"Added\" is the handler's figure "
        + "minus the bare call's in the same run. The reused gateway is the handler's "
        + "SdkTkeGateway built once, without the handler around it.\n\n");
    md.append("| figure | bare SDK call | gateway reused | create handler "
        + "| added by the handler | handler ÷ bare |\n|---|---|---|---|---|---|\n");
    md.append(row("median latency µs", runs, sample -> sample.micros().median(), 0, true));
    md.append(row("p99 latency µs", runs, sample -> sample.micros().percentile(99), 0, false));
    md.append(row("allocation per call KB (median)", runs,
        sample -> sample.kilobytes().median(), 1, false));
    return md.toString();
  }

  private static String row(String figure, List<Sample[]> runs,
      java.util.function.ToDoubleFunction<Sample> statistic, int decimals, boolean withRatio) {
    List<List<Double>> columns = List.of(new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    List<Double> added = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    for (Sample[] run : runs) {
      for (int kind = 0; kind < 3; kind++) {
        columns.get(kind).add(statistic.applyAsDouble(run[kind]));
      }
      double bare = statistic.applyAsDouble(run[0]);
      double handler = statistic.applyAsDouble(run[2]);
      added.add(handler - bare);
      ratio.add(handler / bare);
    }
    StringBuilder md = new StringBuilder("| ").append(figure).append(" | ");
    for (List<Double> column : columns) {
      md.append(Stats.of(column).summary(decimals)).append(" | ");
    }
    md.append(Stats.of(added).summary(decimals)).append(" | ")
        .append(withRatio ? Stats.of(ratio).summary(2) : "").append(" |\n");
    return md.toString();
  }

  /** Latencies and allocations of one kind of call. */
  private static final class Sample {
    private final double[] micros;
    private final double[] kilobytes;
    private int size;

    Sample(int capacity) {
      this.micros = new double[capacity];
      this.kilobytes = new double[capacity];
    }

    void add(long nanos, long bytes) {
      micros[size] = nanos / 1000.0;
      kilobytes[size] = bytes / 1024.0;
      size++;
    }

    Stats micros() {
      return Stats.of(java.util.Arrays.copyOf(micros, size));
    }

    Stats kilobytes() {
      return Stats.of(java.util.Arrays.copyOf(kilobytes, size));
    }
  }
}
