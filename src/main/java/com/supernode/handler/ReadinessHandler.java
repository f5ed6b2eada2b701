package com.supernode.handler;

import com.google.gson.JsonObject;
import com.qcloud.scf.runtime.Context;
import com.supernode.event.Invocation;
import com.supernode.event.Route;
import com.supernode.function.ClusterAllowlist;
import com.supernode.function.FunctionEnvironment;
import com.supernode.function.InvocationRunner;
import com.supernode.pacing.MonotonicTime;
import com.supernode.readiness.ClusterChecker;
import com.supernode.readiness.ClusterReport;
import com.supernode.readiness.ClusterTarget;
import com.supernode.readiness.KubeViewer;
import com.supernode.readiness.NodeClassifier;
import com.supernode.readiness.PacedTkeCalls;
import com.supernode.readiness.ReadinessLog;
import com.supernode.readiness.ReadinessSettings;
import com.supernode.readiness.ReadinessSummary;
import com.supernode.readiness.TargetParser;
import com.supernode.readiness.TimeBudget;
import com.supernode.request.InvalidRequestException;
import com.supernode.response.FunctionResult;
import com.supernode.response.Responses;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.TkeSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * SCF handler {@code com.supernode.handler.ReadinessHandler::handle}: checks the super nodes
 * of the configured clusters as TKE and Kubernetes see them, writes one CLS record per problem
 * and one summary per cluster, and returns the summary. A timer triggers it; it can also be
 * invoked directly.
 *
 * <p>The clusters come from the timer's {@code Message} or the direct event when it names
 * {@code Clusters}, and otherwise from {@value TargetParser#SETTING}.
 */
public class ReadinessHandler {
  public static final String FUNCTION = "readiness";

  private final FunctionEnvironment environment;
  private final MonotonicTime time;
  private final Random random;
  private final InvocationRunner runner;
  private final TargetParser parser = new TargetParser();

  /** Used by SCF: reads settings and credentials from the function's environment. */
  public ReadinessHandler() {
    this(FunctionEnvironment.fromSystem());
  }

  public ReadinessHandler(FunctionEnvironment environment) {
    this(environment, MonotonicTime.SYSTEM, new Random());
  }

  /**
   * Creates a handler whose pacing and retry waits go through {@code time}, with jitter drawn
   * from {@code random}.
   */
  public ReadinessHandler(FunctionEnvironment environment, MonotonicTime time, Random random) {
    this.environment = environment;
    this.time = time;
    this.random = random;
    this.runner = new InvocationRunner(FUNCTION, Route.none(), environment, true);
  }

  /** Handles one invocation and returns a map that SCF serializes as JSON. */
  public Map<String, Object> handle(Map<String, Object> event, Context context) {
    return runner.run(event, context, this::check);
  }

  private FunctionResult check(Invocation invocation, Context context) {
    ReadinessSettings settings = ReadinessSettings.from(environment.settings());
    List<ClusterTarget> targets = targets(invocation.request(), settings);
    TkeSettings tke = TkeSettings.from(environment.settings());
    Clock clock = environment.clock();
    Instant checkTime = invocation.triggerTime().orElse(clock.instant());
    Duration budget = TimeBudget.of(context == null ? 0 : context.getTimeLimitInMs(),
        tke.connectTimeoutSeconds() + tke.readTimeoutSeconds());
    String requestId = context == null ? null : context.getRequestId();

    ReadinessLog log = new ReadinessLog(environment.log(), FUNCTION, requestId, checkTime,
        settings.rules());
    TkeGateway gateway = environment.openGateway();
    PacedTkeCalls calls = PacedTkeCalls.start(settings, budget, time, random);
    ClusterChecker checker = new ClusterChecker(gateway, calls,
        ClusterAllowlist.from(environment.settings()),
        new NodeClassifier(settings.rules(), checkTime),
        new KubeViewer(gateway, calls, settings, log), log, clock);

    List<ClusterReport> reports = new ArrayList<>();
    for (ClusterTarget target : targets) {
      ClusterReport report = checker.check(target);
      log.write(report);
      reports.add(report);
    }
    JsonObject content = ReadinessSummary.toJson(checkTime, reports);
    content.addProperty("RequestId", requestId == null ? "" : requestId);
    return Responses.ok(200, content);
  }

  private List<ClusterTarget> targets(JsonObject request, ReadinessSettings settings) {
    List<ClusterTarget> targets = parser.fromRequest(request);
    if (targets.isEmpty()) {
      targets = parser.fromSetting(settings.clusters());
    }
    if (targets.isEmpty()) {
      throw InvalidRequestException.of("MissingParameter", "Clusters", "No cluster to check. "
          + "Set " + TargetParser.SETTING + " (such as cls-xxxxxxxx,cls-yyyyyyyy:np-zzzzzzzz) "
          + "or give {\"Clusters\":[{\"ClusterId\":\"cls-xxxxxxxx\"}]} as the timer's Message.");
    }
    return targets;
  }
}
