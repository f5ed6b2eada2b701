package com.supernode.tke;

/**
 * Thrown when a TKE call fails, whether TKE returned an error or no usable response arrived.
 *
 * <p>{@link #outcomeUnknown()} is true when the request may have reached TKE and been applied
 * although no response says so (a timeout, a dropped connection, an HTTP error or a garbled
 * body); a create in that state must be checked with a describe call before it is retried.
 */
public final class TkeException extends RuntimeException {
  /** Code for a call that timed out. */
  public static final String TIMEOUT = "ClientError.Timeout";
  /** Code for a call whose connection failed or dropped. */
  public static final String NETWORK_ERROR = "ClientError.NetworkError";
  /** Code for a response that was not the TKE JSON envelope. */
  public static final String PARSE_ERROR = "ClientError.ParseJsonError";
  /** The Java SDK's code for an HTTP status other than 200. */
  public static final String SERVER_SIDE_ERROR = "ServerSideError";

  private final String code;
  private final String requestId;
  private final String action;
  private final boolean outcomeUnknown;

  public TkeException(String action, String code, String message, String requestId,
      boolean outcomeUnknown, Throwable cause) {
    super(message, cause);
    this.action = action;
    this.code = code;
    this.requestId = requestId == null ? "" : requestId;
    this.outcomeUnknown = outcomeUnknown;
  }

  /** Creates an exception for an error that TKE returned in its response envelope. */
  public static TkeException apiError(String action, String code, String message,
      String requestId) {
    return new TkeException(action, code, message, requestId, false, null);
  }

  /** The TKE error code, or one of the {@code ClientError} codes of this class. */
  public String code() {
    return code;
  }

  /** TKE's RequestId, or an empty string when no response carried one. */
  public String requestId() {
    return requestId;
  }

  /** The TKE action that failed, such as {@code CreateClusterVirtualNode}. */
  public String action() {
    return action;
  }

  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** True for throttling codes: {@code RequestLimitExceeded} and its sub-codes. */
  public boolean isThrottling() {
    return code.equals("RequestLimitExceeded") || code.startsWith("RequestLimitExceeded.");
  }
}
