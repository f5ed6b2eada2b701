package com.supernode.handler;

import com.google.gson.JsonObject;
import com.qcloud.scf.runtime.Context;
import com.supernode.event.Invocation;
import com.supernode.event.Route;
import com.supernode.function.ClusterAllowlist;
import com.supernode.function.FunctionEnvironment;
import com.supernode.function.InvocationRunner;
import com.supernode.log.JsonLog;
import com.supernode.log.LogField;
import com.supernode.request.CreateNodeRequest;
import com.supernode.request.CreateRequestParser;
import com.supernode.response.FunctionResult;
import com.supernode.response.Responses;
import com.supernode.tke.CreatedNode;
import java.util.Map;

/**
 * SCF handler {@code com.supernode.handler.CreateNodeHandler::handle}: creates a pay-as-you-go
 * virtual node with {@code CreateClusterVirtualNode}, from an API Gateway
 * {@code POST /virtual-nodes}, a timer, or a direct invocation.
 */
public class CreateNodeHandler {
  public static final String FUNCTION = "create";

  private final FunctionEnvironment environment;
  private final InvocationRunner runner;
  private final CreateRequestParser parser = new CreateRequestParser();

  /** Used by SCF: reads settings and credentials from the function's environment. */
  public CreateNodeHandler() {
    this(FunctionEnvironment.fromSystem());
  }

  public CreateNodeHandler(FunctionEnvironment environment) {
    this.environment = environment;
    this.runner = new InvocationRunner(FUNCTION, Route.post("/virtual-nodes"), environment);
  }

  /** Handles one invocation and returns a map that SCF serializes as JSON. */
  public Map<String, Object> handle(Map<String, Object> event, Context context) {
    return runner.run(event, context, this::create);
  }

  private FunctionResult create(Invocation invocation, Context context) {
    CreateNodeRequest request = parser.parse(invocation.request());
    ClusterAllowlist.from(environment.settings()).check(request.clusterId(), "ClusterId");
    CreatedNode node = environment.openGateway().createVirtualNode(request);
    environment.log().record(JsonLog.Level.INFO, "node.created")
        .with(LogField.FUNCTION, FUNCTION)
        .with(LogField.REQUEST_ID, context == null ? null : context.getRequestId())
        .with(LogField.CLUSTER, request.clusterId())
        .with(LogField.POOL, request.nodePoolId())
        .with(LogField.SUBNET, String.join(",", request.subnetIds()))
        .with(LogField.NODE, node.nodeName())
        .with(LogField.TKE_REQUEST_ID, node.requestId())
        .write();
    JsonObject content = new JsonObject();
    content.addProperty("NodeName", node.nodeName());
    content.addProperty("RequestId", node.requestId());
    return Responses.ok(200, content);
  }
}
