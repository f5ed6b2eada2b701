package com.supernode.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides the reply to one request, in the order a Tencent Cloud API front end checks: HTTP
 * method, signature, action, version and region, then faults, rate limit, parameters and the
 * action itself.
 */
final class RequestProcessor {
  static final String API_VERSION = "2018-05-25";

  private final EmulatorWorld world;
  private final EmulatorState state;
  private final SignatureVerifier verifier;
  private final RateLimiter rateLimiter = new RateLimiter();
  private final Supplier<FaultInjector> faults;
  private final Map<String, ActionHandler> actions;

  RequestProcessor(EmulatorWorld world, EmulatorState state, Supplier<FaultInjector> faults,
      KubeApiServers kubeApiServers) {
    this.world = world;
    this.state = state;
    this.verifier = new SignatureVerifier(world);
    this.faults = faults;
    this.actions = Map.of(
        CreateVirtualNodeAction.NAME, new CreateVirtualNodeAction(state),
        DescribeVirtualNodesAction.NAME, new DescribeVirtualNodesAction(state),
        DescribeVirtualNodePoolsAction.NAME, new DescribeVirtualNodePoolsAction(state),
        DescribeKubeconfigAction.NAME, new DescribeKubeconfigAction(state, kubeApiServers));
  }

  Outcome process(IncomingRequest request) throws InterruptedException {
    String requestId = UUID.randomUUID().toString();
    JsonObject params = readParams(request);
    FaultDecision decision = FaultDecision.NONE;
    Reply reply;
    try {
      checkMethod(request);
      verifier.verify(request, state.clock().instant());
      ActionHandler handler = checkTarget(request);
      String action = request.header(IncomingRequest.ACTION);
      decision = faults.get().decide(action);
      if (decision.latencyMs() > 0) {
        Thread.sleep(decision.latencyMs());
      }
      if (decision.respondsBeforeAction()) {
        Reply faultReply = respondBefore(decision.responseFault(), action, requestId);
        return new Outcome(faultReply, params, decision.firedNames());
      }
      reply = run(handler, request, params, requestId);
    } catch (TkeApiError e) {
      reply = Reply.error(requestId, e);
    }
    if (decision.respondsAfterAction()) {
      reply = spoil(reply, decision.responseFault());
    }
    return new Outcome(reply, params, decision.firedNames());
  }

  private Reply run(
      ActionHandler handler, IncomingRequest request, JsonObject params, String requestId) {
    String action = request.header(IncomingRequest.ACTION);
    int limit = world.rateLimitPerSecond(action);
    if (!rateLimiter.tryAcquire(action, limit, state.clock().instant())) {
      throw new TkeApiError(ErrorCodes.REQUEST_LIMIT_EXCEEDED, "action " + action
          + " exceeded its limit of " + limit + " requests per second; retry with backoff");
    }
    if (params == null) {
      throw new TkeApiError(ErrorCodes.INVALID_PARAMETER, request.method().equals("GET")
          ? "the query string does not form valid action parameters, such as SubnetIds.0=..."
          : "the request body is not a JSON object; send the action parameters as JSON");
    }
    handler.schema().validate(params);
    return Reply.success(requestId, handler.handle(params));
  }

  private static JsonObject readParams(IncomingRequest request) {
    if (request.method().equals("GET")) {
      try {
        return QueryParams.toJson(request.rawQuery());
      } catch (TkeApiError e) {
        return null;
      }
    }
    String text = request.bodyText();
    if (text.isBlank()) {
      return new JsonObject();
    }
    try {
      JsonElement body = JsonParser.parseString(text);
      return body.isJsonObject() ? body.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      return null;
    }
  }

  private static void checkMethod(IncomingRequest request) {
    String method = request.method();
    if (!method.equals("POST") && !method.equals("GET")) {
      throw new TkeApiError(ErrorCodes.UNSUPPORTED_PROTOCOL,
          "HTTP method " + method + " is not supported; use POST or GET");
    }
  }

  private ActionHandler checkTarget(IncomingRequest request) {
    String action = request.header(IncomingRequest.ACTION);
    if (action == null) {
      throw new TkeApiError(ErrorCodes.MISSING_PARAMETER, "the X-TC-Action header is missing");
    }
    ActionHandler handler = actions.get(action);
    if (handler == null) {
      throw new TkeApiError(ErrorCodes.INVALID_ACTION, "action " + action
          + " is not served by the TKE emulator; it serves " + String.join(", ", actions.keySet()));
    }
    String version = request.header(IncomingRequest.VERSION);
    if (version == null) {
      throw new TkeApiError(ErrorCodes.MISSING_PARAMETER, "the X-TC-Version header is missing");
    }
    if (!version.equals(API_VERSION)) {
      throw new TkeApiError(ErrorCodes.NO_SUCH_VERSION,
          "TKE has no API version " + version + "; use " + API_VERSION);
    }
    checkRegion(request.header(IncomingRequest.REGION));
    return handler;
  }

  private void checkRegion(String region) {
    if (region == null) {
      throw new TkeApiError(ErrorCodes.MISSING_PARAMETER, "the X-TC-Region header is missing");
    }
    if (!region.equals(world.region())) {
      // NOTE: real TKE serves every region and returns cluster-not-found codes for a cluster in
      // another region. The emulator serves one region and rejects others, to surface a wrong
      // region setting.
      throw new TkeApiError(ErrorCodes.UNSUPPORTED_REGION, "this emulator serves region "
          + world.region() + " only, not " + region);
    }
  }

  private static Reply respondBefore(Fault fault, String action, String requestId) {
    switch (fault.kind()) {
      case THROTTLE:
        return Reply.error(requestId, ErrorCodes.REQUEST_LIMIT_EXCEEDED,
            "action " + action + " exceeded its request limit (emulator fault: throttle)");
      case INTERNAL_ERROR:
        return Reply.error(requestId, fault.errorCode(),
            "an internal error occurred (emulator fault: internalError)");
      case TOKEN_FAILURE:
        return Reply.error(requestId, ErrorCodes.TOKEN_FAILURE,
            "the session token has expired (emulator fault: tokenFailure)");
      case HTTP_ERROR:
        return Reply.httpError(fault.httpStatus());
      default:
        throw new IllegalStateException(fault.kind() + " does not respond before the action");
    }
  }

  private static Reply spoil(Reply reply, Fault fault) {
    switch (fault.kind()) {
      case SLOW_ANSWER:
        return reply.delayedBy(fault.delayMs());
      case DROP_CONNECTION:
        return Reply.drop();
      case MALFORMED_JSON:
        return reply.truncated();
      default:
        throw new IllegalStateException(fault.kind() + " does not act after the action");
    }
  }
}
