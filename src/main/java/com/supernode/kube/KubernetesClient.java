package com.supernode.kube;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.supernode.tke.VirtualNodePool;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Reads Node objects from a Kubernetes API server over HTTPS, with the JDK's HTTP client and
 * Gson only.
 *
 * <p>The official Kubernetes Java client brings dozens of megabytes of dependencies, far more
 * than this whole package, for the two read-only calls the readiness check needs: list nodes
 * by label with {@code limit}/{@code continue} paging, and get one node. The server's
 * certificate is verified against the kubeconfig's CA and its hostname is checked; there is no
 * switch to turn either off.
 */
public final class KubernetesClient {
  private final URI server;
  private final String token;
  private final Duration timeout;
  private final HttpClient http;

  /** One page of a node list, with the token for the next page when there is one. */
  public static final class NodePage {
    private final List<KubeNode> nodes;
    private final String continueToken;

    NodePage(List<KubeNode> nodes, String continueToken) {
      this.nodes = List.copyOf(nodes);
      this.continueToken = continueToken;
    }

    public List<KubeNode> nodes() {
      return nodes;
    }

    public Optional<String> continueToken() {
      return Optional.ofNullable(continueToken);
    }
  }

  /**
   * Creates a client.
   *
   * @param timeout the limit for connecting and for each whole request
   * @throws KubeconfigException when the CA or client key in {@code access} cannot be used
   */
  public KubernetesClient(KubeAccess access, Duration timeout) {
    this.server = access.server();
    this.token = access.token().orElse(null);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder()
        .sslContext(TlsContexts.create(access))
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Lists one page of nodes matching {@code labelSelector}.
   *
   * @param continueToken the previous page's token, or null for the first page
   */
  public NodePage listNodes(String labelSelector, int limit, String continueToken) {
    StringBuilder query = new StringBuilder("labelSelector=").append(encode(labelSelector))
        .append("&limit=").append(limit);
    if (continueToken != null) {
      query.append("&continue=").append(encode(continueToken));
    }
    JsonObject list = get("/api/v1/nodes?" + query, false).orElseThrow();
    List<KubeNode> nodes = new ArrayList<>();
    for (JsonElement item : array(list, "items")) {
      nodes.add(node(item.getAsJsonObject()));
    }
    JsonObject metadata = object(list, "metadata");
    String next = text(metadata, "continue");
    return new NodePage(nodes, next == null || next.isEmpty() ? null : next);
  }

  /** Returns the node named {@code name}, or empty when the API server has none. */
  public Optional<KubeNode> getNode(String name) {
    return get("/api/v1/nodes/" + encode(name), true).map(KubernetesClient::node);
  }

  private Optional<JsonObject> get(String pathAndQuery, boolean notFoundIsEmpty) {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(pathAndQuery))
        .timeout(timeout)
        .header("Accept", "application/json")
        .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = send(request.build());
    int status = response.statusCode();
    if (status == 404 && notFoundIsEmpty) {
      return Optional.empty();
    }
    if (status == 401 || status == 403) {
      throw new KubernetesException(KubernetesException.UNAUTHORIZED, "The API server returned "
          + status + " to GET " + path(pathAndQuery) + ": the credentials are invalid or lack "
          + "RBAC permission to list and get nodes.", null);
    }
    if (status != 200) {
      throw new KubernetesException(KubernetesException.HTTP_ERROR, "The API server returned "
          + status + " to GET " + path(pathAndQuery) + ".", null);
    }
    try {
      return Optional.of(JsonParser.parseString(response.body()).getAsJsonObject());
    } catch (JsonParseException | IllegalStateException e) {
      throw new KubernetesException(KubernetesException.INVALID_RESPONSE, "The API server's "
          + "response to GET " + path(pathAndQuery) + " is not a JSON object.", e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (SSLException e) {
      throw new KubernetesException(KubernetesException.TLS_FAILURE, "The TLS handshake with "
          + server + " failed: " + e.getMessage(), e);
    } catch (HttpTimeoutException e) {
      throw new KubernetesException(KubernetesException.UNREACHABLE, "The API server at "
          + server + " did not respond within " + timeout.toMillis() + " ms.", e);
    } catch (ConnectException e) {
      throw new KubernetesException(KubernetesException.UNREACHABLE, "The API server at "
          + server + " refused or dropped the connection.", e);
    } catch (IOException e) {
      Throwable cause = e.getCause();
      String code = cause instanceof SSLException
          ? KubernetesException.TLS_FAILURE : KubernetesException.UNREACHABLE;
      throw new KubernetesException(code, "The request to " + server + " failed: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KubernetesException(KubernetesException.UNREACHABLE, "The request to " + server
          + " was interrupted.", e);
    }
  }

  static KubeNode node(JsonObject node) {
    JsonObject metadata = object(node, "metadata");
    Map<String, String> labels = new LinkedHashMap<>();
    object(metadata, "labels").entrySet().forEach(label ->
        labels.put(label.getKey(), label.getValue().getAsString()));
    List<VirtualNodePool.Taint> taints = new ArrayList<>();
    for (JsonElement element : array(object(node, "spec"), "taints")) {
      JsonObject taint = element.getAsJsonObject();
      taints.add(new VirtualNodePool.Taint(text(taint, "key"), text(taint, "value"),
          text(taint, "effect")));
    }
    JsonObject ready = null;
    for (JsonElement element : array(object(node, "status"), "conditions")) {
      if ("Ready".equals(text(element.getAsJsonObject(), "type"))) {
        ready = element.getAsJsonObject();
      }
    }
    return new KubeNode(text(metadata, "name"), labels, taints,
        time(text(metadata, "creationTimestamp")),
        ready == null ? null : text(ready, "status"),
        ready == null ? null : text(ready, "reason"),
        ready == null ? null : time(text(ready, "lastHeartbeatTime")),
        ready == null ? null : time(text(ready, "lastTransitionTime")));
  }

  private static Instant time(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String path(String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String text(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  private static JsonObject object(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
  }

  private static JsonArray array(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
  }
}
