package com.supernode.readiness;

import com.supernode.config.InvalidSettingException;
import java.util.Locale;

/** Source of the function's API server access, set by {@value #SETTING}. */
public enum KubeAccessMode {
  /** The kubeconfig that {@code DescribeClusterKubeconfig} returns for the intranet endpoint. */
  INTRANET,
  /** The kubeconfig for the cluster's public endpoint. */
  EXTRANET,
  /** A server URL, token and CA per cluster, from settings. */
  SETTINGS,
  /** Do not ask Kubernetes; TKE's view only. */
  OFF;

  public static final String SETTING = "READINESS_KUBE_ACCESS";

  static KubeAccessMode parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(SETTING, value,
          "intranet, extranet, settings or off", e);
    }
  }
}
