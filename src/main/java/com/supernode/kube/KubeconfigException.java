package com.supernode.kube;

/** Thrown when a kubeconfig cannot be read or uses a feature the function does not support. */
public final class KubeconfigException extends RuntimeException {
  public KubeconfigException(String message) {
    super(message);
  }

  public KubeconfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
