package com.supernode.readiness;

import com.supernode.kube.KubeAccess;
import com.supernode.kube.KubeNode;
import com.supernode.kube.KubeconfigException;
import com.supernode.kube.KubeconfigReader;
import com.supernode.kube.KubernetesClient;
import com.supernode.kube.KubernetesException;
import com.supernode.tke.ClusterKubeconfig;
import com.supernode.tke.TkeException;
import com.supernode.tke.TkeGateway;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gets Kubernetes' view of one cluster the way a TKE user would: API server access from the
 * kubeconfig {@code DescribeClusterKubeconfig} returns (or from settings), then the nodes
 * labelled {@code type=virtual-kubelet}, page by page, then a lookup by name of each TKE node
 * the list left out, which separates a node without the label from a node Kubernetes lacks.
 *
 * <p>Any failure becomes an unavailable view with its reason; the check then falls back to
 * TKE's view.
 */
public final class KubeViewer {
  static final String SELECTOR = "type=virtual-kubelet";
  /** Code for a kubeconfig, CA or key the function cannot use. */
  static final String INVALID_KUBECONFIG = "FailedOperation.InvalidKubeconfig";
  /** Code for a cluster without the settings that the {@code settings} access mode needs. */
  static final String MISSING_SETTING = "FailedOperation.InvalidSetting";
  static final String SERVER_PREFIX = "READINESS_KUBE_SERVER_";
  static final String TOKEN_PREFIX = "READINESS_KUBE_TOKEN_";
  static final String CA_PREFIX = "READINESS_KUBE_CA_";

  private final TkeGateway gateway;
  private final PacedTkeCalls calls;
  private final ReadinessSettings settings;
  private final ReadinessLog log;

  public KubeViewer(TkeGateway gateway, PacedTkeCalls calls, ReadinessSettings settings,
      ReadinessLog log) {
    this.gateway = gateway;
    this.calls = calls;
    this.settings = settings;
    this.log = log;
  }

  /** Returns the view of {@code clusterId}, looking up any of {@code tkeNames} not listed. */
  public KubeView view(String clusterId, Collection<String> tkeNames) {
    if (settings.kubeAccess() == KubeAccessMode.OFF) {
      return KubeView.off();
    }
    try {
      KubernetesClient client = new KubernetesClient(access(clusterId), settings.kubeTimeout());
      Map<String, KubeNode> labelled = list(client);
      Map<String, Optional<KubeNode>> lookedUp = new LinkedHashMap<>();
      for (String name : tkeNames) {
        if (!labelled.containsKey(name) && calls.timeLeft()) {
          lookedUp.put(name, client.getNode(name));
        }
      }
      return KubeView.of(labelled, lookedUp);
    } catch (TkeException e) {
      return KubeView.unavailable(ClusterFailure.of(e));
    } catch (KubernetesException e) {
      return KubeView.unavailable(new ClusterFailure(e.code(), e.getMessage(), null));
    } catch (KubeconfigException e) {
      return KubeView.unavailable(new ClusterFailure(INVALID_KUBECONFIG, "The API server access "
          + "of " + clusterId + " cannot be used: " + e.getMessage() + ".", null));
    } catch (TimeBudgetExceededException e) {
      return KubeView.unavailable(ClusterFailure.timeBudgetExceeded(e.getMessage()));
    } catch (MissingKubeSettingException e) {
      return KubeView.unavailable(new ClusterFailure(MISSING_SETTING, e.getMessage(), null));
    }
  }

  private Map<String, KubeNode> list(KubernetesClient client) {
    Map<String, KubeNode> nodes = new LinkedHashMap<>();
    String token = null;
    do {
      if (!calls.timeLeft()) {
        throw new TimeBudgetExceededException("The invocation's time budget ran out while "
            + "listing nodes from the API server.", null);
      }
      KubernetesClient.NodePage page =
          client.listNodes(SELECTOR, settings.kubePageSize(), token);
      page.nodes().forEach(node -> nodes.put(node.name(), node));
      token = page.continueToken().orElse(null);
    } while (token != null);
    return nodes;
  }

  private KubeAccess access(String clusterId) {
    if (settings.kubeAccess() == KubeAccessMode.SETTINGS) {
      return fromSettings(clusterId);
    }
    boolean extranet = settings.kubeAccess() == KubeAccessMode.EXTRANET;
    ClusterKubeconfig kubeconfig = calls.call(TkeGateway.DESCRIBE_KUBECONFIG,
        () -> gateway.describeClusterKubeconfig(clusterId, extranet),
        log.retries(clusterId, null));
    return KubeconfigReader.read(kubeconfig.kubeconfig());
  }

  private KubeAccess fromSettings(String clusterId) {
    String server = required(SERVER_PREFIX, clusterId);
    String token = required(TOKEN_PREFIX, clusterId);
    String ca = settings.perCluster(CA_PREFIX, clusterId)
        .map(value -> decode(value, clusterId))
        .orElse(null);
    URI uri;
    try {
      uri = new URI(server);
    } catch (URISyntaxException e) {
      throw new KubeconfigException(ReadinessSettings.perClusterName(SERVER_PREFIX, clusterId)
          + " is not a URL", e);
    }
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new KubeconfigException(ReadinessSettings.perClusterName(SERVER_PREFIX, clusterId)
          + " is not an https URL");
    }
    return KubeAccess.withToken(uri, ca, token);
  }

  private String required(String prefix, String clusterId) {
    return settings.perCluster(prefix, clusterId).orElseThrow(() ->
        new MissingKubeSettingException("READINESS_KUBE_ACCESS is settings, but "
            + ReadinessSettings.perClusterName(prefix, clusterId) + " is unset. Set it, or "
            + "set READINESS_KUBE_ACCESS to intranet to use the cluster's kubeconfig."));
  }

  private static String decode(String base64, String clusterId) {
    try {
      return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new KubeconfigException(ReadinessSettings.perClusterName(CA_PREFIX, clusterId)
          + " is not base64-encoded PEM", e);
    }
  }

  /** Thrown when the settings access mode lacks a cluster's server or token. */
  static final class MissingKubeSettingException extends RuntimeException {
    MissingKubeSettingException(String message) {
      super(message);
    }
  }
}
