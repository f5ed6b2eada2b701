package com.supernode.function;

import com.qcloud.scf.runtime.Context;
import com.supernode.config.InvalidSettingException;
import com.supernode.event.EventDecoder;
import com.supernode.event.Invocation;
import com.supernode.event.Route;
import com.supernode.event.TriggerKind;
import com.supernode.log.JsonLog;
import com.supernode.log.LogField;
import com.supernode.request.InvalidRequestException;
import com.supernode.response.FunctionResult;
import com.supernode.response.ResponseRenderer;
import com.supernode.response.Responses;
import com.supernode.tke.MissingCredentialsException;
import com.supernode.tke.TkeException;
import java.util.Map;

/**
 * Runs one invocation through the steps every function shares: decode the event, run the
 * function's work, turn any failure into a structured response, and shape the response for the
 * trigger. No exception and no stack trace reaches the caller.
 */
public final class InvocationRunner {
  /** A function's own work on a decoded invocation. */
  @FunctionalInterface
  public interface Work {
    FunctionResult run(Invocation invocation, Context context);
  }

  private final String function;
  private final Route route;
  private final FunctionEnvironment environment;
  private final boolean emptyRequestAllowed;

  public InvocationRunner(String function, Route route, FunctionEnvironment environment) {
    this(function, route, environment, false);
  }

  /**
   * Creates a runner; with {@code emptyRequestAllowed}, an empty event or a timer without
   * {@code Message} reaches the work as the empty request {@code {}} instead of a rejection.
   */
  public InvocationRunner(String function, Route route, FunctionEnvironment environment,
      boolean emptyRequestAllowed) {
    this.function = function;
    this.route = route;
    this.environment = environment;
    this.emptyRequestAllowed = emptyRequestAllowed;
  }

  public Map<String, Object> run(Map<String, Object> event, Context context, Work work) {
    long started = System.nanoTime();
    TriggerKind kind = EventDecoder.kindOf(event);
    String requestId = context == null ? "" : context.getRequestId();
    FunctionResult result;
    try {
      EventDecoder decoder = environment.eventDecoder();
      if (emptyRequestAllowed) {
        decoder = decoder.allowingEmptyRequest();
      }
      Invocation invocation = decoder.decode(event, route);
      result = work.run(invocation, context);
    } catch (InvalidRequestException e) {
      result = Responses.invalidRequest(e, requestId);
      logFailure(JsonLog.Level.WARN, kind, requestId, e.code(), e.getMessage(), null);
    } catch (TkeException e) {
      result = Responses.tkeError(e, requestId);
      logFailure(levelFor(result.httpStatus()), kind, requestId, e.code(), e.getMessage(),
          e.requestId());
    } catch (InvalidSettingException e) {
      result = Responses.functionError(500, "FailedOperation.InvalidSetting", e.getMessage(),
          requestId);
      logFailure(JsonLog.Level.ERROR, kind, requestId, "FailedOperation.InvalidSetting",
          e.getMessage(), null);
    } catch (MissingCredentialsException e) {
      result = Responses.functionError(500, "FailedOperation.MissingRoleCredentials",
          e.getMessage(), requestId);
      logFailure(JsonLog.Level.ERROR, kind, requestId, "FailedOperation.MissingRoleCredentials",
          e.getMessage(), null);
    } catch (RuntimeException e) {
      // The caller sees a generic message; the log keeps the exception type for the operator.
      result = Responses.functionError(500, "InternalError.Function", "The function failed "
          + "unexpectedly. Its log has the details under RequestId " + requestId + ".",
          requestId);
      logFailure(JsonLog.Level.ERROR, kind, requestId, "InternalError.Function",
          e.getClass().getName() + ": " + e.getMessage(), null);
    }
    environment.log().record(JsonLog.Level.INFO, function + ".finished")
        .with(LogField.FUNCTION, function)
        .with(LogField.REQUEST_ID, requestId)
        .with(LogField.TRIGGER, kind.name())
        .with(LogField.OUTCOME, result.httpStatus())
        .with(LogField.DURATION_MS, (System.nanoTime() - started) / 1_000_000)
        .write();
    return ResponseRenderer.render(kind, result);
  }

  /**
   * Chooses the log level of a TKE failure so that an alarm on ERROR pages for what an
   * operator must fix (a denied role, a failing TKE) and not for a caller's retry of an
   * existing subnet or a throttled call.
   */
  private static JsonLog.Level levelFor(int httpStatus) {
    return httpStatus >= 500 || httpStatus == 403 ? JsonLog.Level.ERROR : JsonLog.Level.WARN;
  }

  private void logFailure(JsonLog.Level level, TriggerKind kind, String requestId, String code,
      String message, String tkeRequestId) {
    environment.log().record(level, function + ".failed")
        .with(LogField.FUNCTION, function)
        .with(LogField.REQUEST_ID, requestId)
        .with(LogField.TRIGGER, kind.name())
        .with(LogField.CODE, code)
        .with(LogField.MESSAGE, message)
        .with(LogField.TKE_REQUEST_ID, tkeRequestId)
        .write();
  }
}
