package com.supernode.kube;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Reads the API server access of a kubeconfig's current context: the server URL, the CA data
 * and the user's token or client certificate, all inline as {@code DescribeClusterKubeconfig}
 * returns them.
 *
 * <p>It rejects what the function cannot use: file paths instead of inline data, exec and
 * auth-provider plugins, and a server that is not https. It ignores
 * {@code insecure-skip-tls-verify}, so the server's certificate is always verified.
 */
public final class KubeconfigReader {
  private static final Gson GSON = new Gson();

  private KubeconfigReader() {}

  /**
   * Reads {@code text}, which may be YAML or JSON.
   *
   * @throws KubeconfigException naming what is missing or unsupported
   */
  public static KubeAccess read(String text) {
    if (text == null || text.isBlank()) {
      throw new KubeconfigException("the kubeconfig is empty");
    }
    Map<?, ?> config = asMap(parse(text), "the kubeconfig");
    String contextName = string(config, "current-context", "the kubeconfig");
    Map<?, ?> context = named(config, "contexts", "context", contextName);
    Map<?, ?> cluster = named(config, "clusters", "cluster",
        string(context, "cluster", "context " + contextName));
    Map<?, ?> user = named(config, "users", "user",
        string(context, "user", "context " + contextName));
    URI server = server(string(cluster, "server", "the cluster"));
    String ca = decoded(cluster, "certificate-authority-data", "the cluster");
    if (ca == null && cluster.get("certificate-authority") != null) {
      throw new KubeconfigException("the cluster names its CA by file path; the function "
          + "needs certificate-authority-data inline");
    }
    return access(server, ca, user);
  }

  private static Object parse(String text) {
    if (text.trim().startsWith("{")) {
      try {
        return GSON.fromJson(text, Map.class);
      } catch (JsonParseException e) {
        throw new KubeconfigException("the kubeconfig is not valid JSON: " + e.getMessage(), e);
      }
    }
    return BlockYaml.parse(text);
  }

  private static KubeAccess access(URI server, String ca, Map<?, ?> user) {
    for (String plugin : List.of("exec", "auth-provider", "client-certificate", "client-key",
        "tokenFile", "username")) {
      if (user.get(plugin) != null) {
        throw new KubeconfigException("the user authenticates with '" + plugin + "', which the "
            + "function does not support; it needs a token or inline client certificate data");
      }
    }
    Object token = user.get("token");
    if (token instanceof String && !((String) token).isEmpty()) {
      return KubeAccess.withToken(server, ca, (String) token);
    }
    String certificate = decoded(user, "client-certificate-data", "the user");
    String key = decoded(user, "client-key-data", "the user");
    if (certificate == null || key == null) {
      throw new KubeconfigException("the user has neither a token nor both "
          + "client-certificate-data and client-key-data");
    }
    return KubeAccess.withClientCertificate(server, ca, certificate, key);
  }

  private static URI server(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new KubeconfigException("the cluster's server '" + url + "' is not a URL", e);
    }
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new KubeconfigException("the cluster's server '" + url + "' is not an https URL");
    }
    return uri;
  }

  /** Returns the entry of {@code list} whose {@code name} is {@code name}, as its inner map. */
  private static Map<?, ?> named(Map<?, ?> config, String list, String inner, String name) {
    Object entries = config.get(list);
    if (entries instanceof List) {
      for (Object entry : (List<?>) entries) {
        if (entry instanceof Map && name.equals(((Map<?, ?>) entry).get("name"))) {
          return asMap(((Map<?, ?>) entry).get(inner), list + " entry " + name);
        }
      }
    }
    throw new KubeconfigException("the kubeconfig has no " + inner + " named '" + name + "'");
  }

  private static String string(Map<?, ?> map, String key, String where) {
    Object value = map.get(key);
    if (!(value instanceof String) || ((String) value).isEmpty()) {
      throw new KubeconfigException(where + " has no " + key);
    }
    return (String) value;
  }

  private static String decoded(Map<?, ?> map, String key, String where) {
    Object value = map.get(key);
    if (value == null) {
      return null;
    }
    try {
      return new String(Base64.getMimeDecoder().decode(String.valueOf(value)),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new KubeconfigException(where + "'s " + key + " is not base64", e);
    }
  }

  private static Map<?, ?> asMap(Object value, String where) {
    if (!(value instanceof Map)) {
      throw new KubeconfigException(where + " is not a mapping");
    }
    return (Map<?, ?>) value;
  }
}
