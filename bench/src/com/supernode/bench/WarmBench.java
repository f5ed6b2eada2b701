package com.supernode.bench;

import com.qcloud.scf.runtime.Context;
import com.supernode.config.Settings;
import com.supernode.function.FunctionEnvironment;
import com.supernode.handler.CreateNodeHandler;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm overhead: in one JVM after warm-up, the create handler's invocation against an emulator
 * that answers at once, next to the bare SDK call it wraps ({@code CommonClient.call} on a
 * client built once). Both make the same {@code CreateClusterVirtualNode} call, alternating in
 * blocks so that both see the same machine and emulator state.
 *
 * <p>The handler runs as SCF runs it: built once, logging its JSON lines to standard output,
 * which bench/run sends to /dev/null. Allocation is the calling thread's allocated bytes, from
 * {@code com.sun.management.ThreadMXBean}; OkHttp makes synchronous calls on the calling
 * thread, so this counts the client's allocation too.
 *
 * <p>Options: {@code --out DIR --project-cp CP [--warmup N] [--calls N] [--runs N]}.
 */
public final class WarmBench {
  private static final int CLUSTERS = 20;
  private static final int BLOCK = 50;

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final long threadId = Thread.currentThread().getId();
  private final CreateNodeHandler handler;
  private final CommonClient bare;
  private final Context context = new BenchContext("warm");
  private int nextCreate;

  private WarmBench(Map<String, String> environment) {
    this.handler = new CreateNodeHandler(FunctionEnvironment.of(Settings.of(environment)));
    URI endpoint = URI.create(environment.get("TKE_ENDPOINT"));
    HttpProfile http = new HttpProfile();
    http.setEndpoint(endpoint.getHost() + ":" + endpoint.getPort());
    http.setProtocol(HttpProfile.REQ_HTTP);
    http.setConnTimeout(3);
    http.setReadTimeout(10);
    http.setWriteTimeout(10);
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(http);
    profile.setLanguage(Language.EN_US);
    this.bare = new CommonClient("tke", "2018-05-25", new Credential(
        environment.get("TENCENTCLOUD_SECRETID"), environment.get("TENCENTCLOUD_SECRETKEY")),
        environment.get("TKE_REGION"), profile);
  }

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    Path out = options.path("out");
    Files.createDirectories(out);
    int warmup = options.number("warmup", 2000);
    int calls = options.number("calls", 2000);
    int runs = options.number("runs", 3);
    int creates = 2 * (warmup + runs * calls) + 2 * BLOCK;
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
      Files.writeString(out.resolve("warm-overhead.md"), report(results, warmup, calls),
          StandardCharsets.UTF_8);
    }
  }

  /** Makes {@code calls} calls of each kind in alternating blocks; returns {bare, handler}. */
  private Sample[] measure(int calls) throws TencentCloudSDKException {
    Sample bareSample = new Sample(calls);
    Sample handlerSample = new Sample(calls);
    for (int done = 0; done < calls; done += BLOCK) {
      int block = Math.min(BLOCK, calls - done);
      for (int i = 0; i < block; i++) {
        bareCall(bareSample);
      }
      for (int i = 0; i < block; i++) {
        handlerCall(handlerSample);
      }
    }
    return new Sample[] {bareSample, handlerSample};
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

  private static String report(List<Sample[]> runs, int warmup, int calls) {
    List<Double> bareMedian = new ArrayList<>();
    List<Double> bareP99 = new ArrayList<>();
    List<Double> handlerMedian = new ArrayList<>();
    List<Double> handlerP99 = new ArrayList<>();
    List<Double> addedMedian = new ArrayList<>();
    List<Double> addedP99 = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    List<Double> bareAlloc = new ArrayList<>();
    List<Double> handlerAlloc = new ArrayList<>();
    List<Double> addedAlloc = new ArrayList<>();
    for (Sample[] run : runs) {
      Stats bare = run[0].micros();
      Stats handler = run[1].micros();
      bareMedian.add(bare.median());
      bareP99.add(bare.percentile(99));
      handlerMedian.add(handler.median());
      handlerP99.add(handler.percentile(99));
      addedMedian.add(handler.median() - bare.median());
      addedP99.add(handler.percentile(99) - bare.percentile(99));
      ratio.add(handler.median() / bare.median());
      double bareKb = run[0].kilobytes().median();
      double handlerKb = run[1].kilobytes().median();
      bareAlloc.add(bareKb);
      handlerAlloc.add(handlerKb);
      addedAlloc.add(handlerKb - bareKb);
    }
    StringBuilder md = new StringBuilder("## Warm overhead\n\n");
    md.append(runs.size()).append(" runs of ").append(calls).append(" calls of each kind after ")
        .append(warmup).append(" warm-up calls of each kind, in one JVM; each cell is median "
        + "(min–max) over the runs of that run's figure. \"Added\" is the handler's figure "
        + "minus the bare call's in the same run.\n\n");
    md.append("| figure | bare SDK call | create handler | added by the handler "
        + "| handler ÷ bare |\n|---|---|---|---|---|\n");
    md.append("| median latency µs | ").append(Stats.of(bareMedian).summary(0)).append(" | ")
        .append(Stats.of(handlerMedian).summary(0)).append(" | ")
        .append(Stats.of(addedMedian).summary(0)).append(" | ")
        .append(Stats.of(ratio).summary(2)).append(" |\n");
    md.append("| p99 latency µs | ").append(Stats.of(bareP99).summary(0)).append(" | ")
        .append(Stats.of(handlerP99).summary(0)).append(" | ")
        .append(Stats.of(addedP99).summary(0)).append(" | |\n");
    md.append("| allocation per call KB (median) | ").append(Stats.of(bareAlloc).summary(1))
        .append(" | ").append(Stats.of(handlerAlloc).summary(1)).append(" | ")
        .append(Stats.of(addedAlloc).summary(1)).append(" | |\n");
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
