package com.supernode.kube;

/** Thrown when the Kubernetes API server cannot be reached or rejects a read. */
public final class KubernetesException extends RuntimeException {
  /** Code for a connection that failed or timed out. */
  public static final String UNREACHABLE = "KubernetesApi.Unreachable";
  /** Code for a TLS handshake that failed, such as a certificate the CA did not sign. */
  public static final String TLS_FAILURE = "KubernetesApi.TlsFailure";
  /** Code for HTTP 401 or 403: the credentials are wrong or lack RBAC permission. */
  public static final String UNAUTHORIZED = "KubernetesApi.Unauthorized";
  /** Code for any other HTTP error status. */
  public static final String HTTP_ERROR = "KubernetesApi.HttpError";
  /** Code for a body that is not the JSON the API server sends. */
  public static final String INVALID_RESPONSE = "KubernetesApi.InvalidResponse";

  private final String code;

  public KubernetesException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
