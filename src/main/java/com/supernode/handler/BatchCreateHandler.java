package com.supernode.handler;

import com.qcloud.scf.runtime.Context;
import com.supernode.batch.BatchCreator;
import com.supernode.batch.BatchItem;
import com.supernode.batch.BatchLog;
import com.supernode.batch.BatchReport;
import com.supernode.batch.BatchRequest;
import com.supernode.batch.BatchRequestParser;
import com.supernode.batch.BatchSettings;
import com.supernode.event.Invocation;
import com.supernode.event.Route;
import com.supernode.function.ClusterAllowlist;
import com.supernode.function.FunctionEnvironment;
import com.supernode.function.InvocationRunner;
import com.supernode.pacing.CallScheduler;
import com.supernode.pacing.Deadline;
import com.supernode.pacing.MonotonicTime;
import com.supernode.pacing.Pacer;
import com.supernode.response.FunctionResult;
import com.supernode.response.Responses;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * SCF handler {@code com.supernode.handler.BatchCreateHandler::handle}: makes sure each listed
 * subnet has a virtual node of its pool, creating only the missing ones, from an API Gateway
 * {@code POST /virtual-nodes/batch}, a timer, or a direct invocation. Running the same batch
 * twice creates nothing the second time, so a pre-warming timer can repeat it freely.
 *
 * <p>The response lists one result per item in request order and counts per outcome; its HTTP
 * status is 200 when every item is in place and 207 when some failed or were not attempted.
 * {@link com.supernode.batch.BatchCreator} describes the steps and
 * {@link com.supernode.batch.BatchSettings} the settings.
 */
public class BatchCreateHandler {
  public static final String FUNCTION = "batch-create";
  /** Time limit assumed when the runtime passes no context, as a direct Java call may. */
  static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

  private final FunctionEnvironment environment;
  private final MonotonicTime time;
  private final InvocationRunner runner;
  private final BatchRequestParser parser = new BatchRequestParser();

  /** Used by SCF: reads settings and credentials from the function's environment. */
  public BatchCreateHandler() {
    this(FunctionEnvironment.fromSystem());
  }

  public BatchCreateHandler(FunctionEnvironment environment) {
    this(environment, MonotonicTime.SYSTEM);
  }

  /** Creates a handler that paces, backs off and keeps its deadline on {@code time}. */
  public BatchCreateHandler(FunctionEnvironment environment, MonotonicTime time) {
    this.environment = environment;
    this.time = time;
    this.runner = new InvocationRunner(FUNCTION, Route.post("/virtual-nodes/batch"),
        environment);
  }

  /** Handles one invocation; the response is a map that SCF serializes as JSON. */
  public Map<String, Object> handle(Map<String, Object> event, Context context) {
    long start = time.nanos();
    return runner.run(event, context, (invocation, ctx) -> createAll(invocation, ctx, start));
  }

  private FunctionResult createAll(Invocation invocation, Context context, long start) {
    BatchRequest request = parser.parse(invocation.request());
    checkClusters(request);
    BatchSettings settings = BatchSettings.from(environment.settings());
    String requestId = context == null ? "" : context.getRequestId();
    BatchLog log = new BatchLog(environment.log(), FUNCTION, requestId);
    BatchCreator creator = BatchCreator.of(environment.openGateway(),
        scheduler(settings, context, start), settings.maxConcurrency(), log);

    BatchReport report = creator.run(request);

    report.results().forEach(log::item);
    return Responses.ok(report.httpStatus(), report.toResponseContent(requestId));
  }

  /** Rejects the whole batch before any TKE call when any item names a cluster not allowed. */
  private void checkClusters(BatchRequest request) {
    Map<String, String> clusterIdsByField = new LinkedHashMap<>();
    for (BatchItem item : request.items()) {
      clusterIdsByField.putIfAbsent(item.fieldPrefix() + "ClusterId", item.clusterId());
    }
    ClusterAllowlist.from(environment.settings()).checkAll(clusterIdsByField);
  }

  private CallScheduler scheduler(BatchSettings settings, Context context, long start) {
    Duration timeLimit = context == null || context.getTimeLimitInMs() <= 0
        ? DEFAULT_TIME_LIMIT : Duration.ofMillis(context.getTimeLimitInMs());
    Deadline deadline = Deadline.of(time, start, timeLimit, settings.deadlineMargin(),
        settings.callBudget());
    return new CallScheduler(new Pacer(time, settings.ratePerSecond()),
        settings.retryPolicy(new Random()), deadline, time);
  }
}
