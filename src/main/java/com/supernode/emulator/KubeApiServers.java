package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * One HTTPS Kubernetes API server per emulated cluster, on 127.0.0.1, started when a kubeconfig
 * first names it. It serves {@code GET /api/v1/nodes} (with {@code labelSelector},
 * {@code limit} and {@code continue}) and {@code GET /api/v1/nodes/NAME}, to clients that
 * present the kubeconfig's client certificate or the cluster's bearer token.
 */
final class KubeApiServers implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private static final String NODES = "/api/v1/nodes";

  private final KubernetesState kubernetes;
  private final ExecutorService executor;
  private final Map<String, HttpsServer> running = new HashMap<>();
  private final Map<String, Integer> lastPorts = new HashMap<>();
  private final Set<String> stopped = new HashSet<>();

  KubeApiServers(KubernetesState kubernetes, ExecutorService executor) {
    this.kubernetes = kubernetes;
    this.executor = executor;
  }

  /** Returns the cluster's API server URL, starting the server unless it was stopped. */
  synchronized String url(String clusterId) {
    if (!running.containsKey(clusterId) && !stopped.contains(clusterId)) {
      start(clusterId);
    }
    if (!lastPorts.containsKey(clusterId)) {
      // Stopped before it ever ran: start and stop it once, so the URL names a closed port.
      start(clusterId);
      running.remove(clusterId).stop(0);
    }
    return "https://" + HOST + ":" + lastPorts.get(clusterId);
  }

  synchronized void setReachable(String clusterId, boolean reachable) {
    if (reachable) {
      stopped.remove(clusterId);
    } else {
      stopped.add(clusterId);
      HttpsServer server = running.remove(clusterId);
      if (server != null) {
        server.stop(0);
      }
    }
  }

  @Override
  public synchronized void close() {
    running.values().forEach(server -> server.stop(0));
    running.clear();
  }

  private void start(String clusterId) {
    SSLContext tls = KubeCertificates.shared().serverContext();
    HttpsServer server;
    try {
      server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(HOST), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Kubernetes API server of " + clusterId, e);
    }
    server.setHttpsConfigurator(new HttpsConfigurator(tls) {
      @Override
      public void configure(HttpsParameters parameters) {
        SSLParameters ssl = tls.getDefaultSSLParameters();
        ssl.setWantClientAuth(true);
        parameters.setSSLParameters(ssl);
      }
    });
    server.setExecutor(executor);
    server.createContext("/", exchange -> serve(clusterId, exchange));
    server.start();
    running.put(clusterId, server);
    lastPorts.put(clusterId, server.getAddress().getPort());
  }

  private void serve(String clusterId, HttpExchange exchange) throws IOException {
    try {
      URI uri = exchange.getRequestURI();
      kubernetes.record(clusterId, exchange.getRequestMethod() + " " + uri.getRawPath()
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
      if (!authenticated(clusterId, exchange)) {
        send(exchange, 401, status(401, "Unauthorized", "Unauthorized"));
      } else if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, status(405, "MethodNotAllowed", "only GET is served"));
      } else if (uri.getPath().equals(NODES)) {
        send(exchange, 200, list(clusterId, QueryStrings.parse(uri.getRawQuery())));
      } else if (uri.getPath().startsWith(NODES + "/")) {
        String name = uri.getPath().substring(NODES.length() + 1);
        JsonObject node = find(clusterId, name);
        send(exchange, node == null ? 404 : 200, node == null
            ? status(404, "NotFound", "nodes \"" + name + "\" not found") : node);
      } else {
        send(exchange, 404, status(404, "NotFound", "the server could not find the resource"));
      }
    } finally {
      exchange.close();
    }
  }

  private boolean authenticated(String clusterId, HttpExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (("Bearer " + kubernetes.token(clusterId)).equals(authorization)) {
      return true;
    }
    try {
      // The TLS layer has already checked the certificate against the CA.
      return ((HttpsExchange) exchange).getSSLSession().getPeerCertificates().length > 0;
    } catch (SSLPeerUnverifiedException e) {
      return false;
    }
  }

  private JsonObject list(String clusterId, Map<String, String> query) {
    List<JsonObject> matching = new ArrayList<>();
    for (JsonObject node : kubernetes.nodes(clusterId)) {
      if (LabelSelector.matches(query.getOrDefault("labelSelector", ""),
          node.getAsJsonObject("metadata").getAsJsonObject("labels"))) {
        matching.add(node);
      }
    }
    int offset = query.containsKey("continue") ? Integer.parseInt(new String(
        Base64.getUrlDecoder().decode(query.get("continue")), StandardCharsets.UTF_8)) : 0;
    int limit = Integer.parseInt(query.getOrDefault("limit", "0"));
    int end = limit > 0 ? Math.min(matching.size(), offset + limit) : matching.size();
    JsonArray items = new JsonArray();
    matching.subList(Math.min(offset, end), end).forEach(items::add);
    JsonObject metadata = new JsonObject();
    metadata.addProperty("resourceVersion", "1");
    if (end < matching.size()) {
      metadata.addProperty("continue", Base64.getUrlEncoder().encodeToString(
          String.valueOf(end).getBytes(StandardCharsets.UTF_8)));
      metadata.addProperty("remainingItemCount", matching.size() - end);
    }
    JsonObject list = new JsonObject();
    list.addProperty("apiVersion", "v1");
    list.addProperty("kind", "NodeList");
    list.add("metadata", metadata);
    list.add("items", items);
    return list;
  }

  private JsonObject find(String clusterId, String name) {
    for (JsonObject node : kubernetes.nodes(clusterId)) {
      if (name.equals(node.getAsJsonObject("metadata").get("name").getAsString())) {
        return node;
      }
    }
    return null;
  }

  private static JsonObject status(int code, String reason, String message) {
    JsonObject status = new JsonObject();
    status.addProperty("kind", "Status");
    status.addProperty("apiVersion", "v1");
    status.addProperty("status", "Failure");
    status.addProperty("message", message);
    status.addProperty("reason", reason);
    status.addProperty("code", code);
    return status;
  }

  private static void send(HttpExchange exchange, int status, JsonObject body)
      throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
