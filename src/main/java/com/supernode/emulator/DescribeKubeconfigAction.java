package com.supernode.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code DescribeClusterKubeconfig}: returns a kubeconfig, in the YAML layout kubectl writes,
 * whose server is the cluster's emulated API server and whose user authenticates with the
 * emulator's client certificate. The intranet and extranet kubeconfigs name the same server.
 */
final class DescribeKubeconfigAction extends ActionHandler {
  static final String NAME = "DescribeClusterKubeconfig";
  /** The user name in the kubeconfig: TKE names the user after the caller's account ID. */
  static final String USER = "100000000001";

  private static final ParamSchema SCHEMA = ParamSchema.builder()
      .required("ClusterId", ParamSchema.Type.STRING)
      .optional("IsExtranet", ParamSchema.Type.BOOLEAN)
      .build();

  private final KubeApiServers servers;

  DescribeKubeconfigAction(EmulatorState state, KubeApiServers servers) {
    super(state, SCHEMA);
    this.servers = servers;
  }

  @Override
  JsonObject handle(JsonObject params) {
    String clusterId = ActionHandler.stringParam(params, "ClusterId");
    ClusterChecks.requireUsable(state, clusterId, ErrorCodes.CLUSTER_NOT_FOUND);
    JsonElement extranet = params.get("IsExtranet");
    boolean isExtranet = extranet != null && !extranet.isJsonNull() && extranet.getAsBoolean();
    JsonObject response = new JsonObject();
    response.addProperty("Kubeconfig", kubeconfig(clusterId, servers.url(clusterId),
        isExtranet));
    return response;
  }

  static String kubeconfig(String clusterId, String server, boolean extranet) {
    KubeCertificates certificates = KubeCertificates.shared();
    String context = clusterId + "-" + USER + "-context-default";
    return String.join("\n",
        "apiVersion: v1",
        "clusters:",
        "- cluster:",
        "    certificate-authority-data: " + base64(certificates.caPem()),
        "    server: " + server,
        "  name: " + clusterId,
        "contexts:",
        "- context:",
        "    cluster: " + clusterId,
        "    user: \"" + USER + "\"",
        "  name: " + context,
        "current-context: " + context,
        "kind: Config",
        "# " + (extranet ? "extranet" : "intranet") + " endpoint of the emulated cluster",
        "preferences: {}",
        "users:",
        "- name: \"" + USER + "\"",
        "  user:",
        "    client-certificate-data: " + base64(certificates.clientCertificatePem()),
        "    client-key-data: " + base64(certificates.clientKeyPem()),
        "");
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
