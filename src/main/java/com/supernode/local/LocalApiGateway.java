package com.supernode.local;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the functions over HTTP on 127.0.0.1 the way API Gateway and SCF's Invoke API would.
 *
 * <ul>
 *   <li>{@code POST /virtual-nodes} and {@code POST /virtual-nodes/batch} become API Gateway
 *       events, and the integration response becomes the HTTP response.
 *   <li>{@code POST /functions/NAME/invocations} passes the body as the raw event, like a
 *       direct invocation, so a timer event can be sent too; the return value is the body.
 * </ul>
 * Each function keeps one handler instance, as a warm SCF instance does.
 */
public final class LocalApiGateway implements AutoCloseable {
  private static final String INVOKE_PREFIX = "/functions/";
  private static final String INVOKE_SUFFIX = "/invocations";
  private static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

  private static final Gson GSON = new Gson();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Map<String, ScfInvoker> invokers = new ConcurrentHashMap<>();
  private final PrintStream log;

  private LocalApiGateway(HttpServer server, PrintStream log) {
    this.server = server;
    this.log = log;
  }

  /** Starts serving on 127.0.0.1:{@code port}; port 0 picks a free one. */
  public static LocalApiGateway start(int port, PrintStream log) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    LocalApiGateway gateway = new LocalApiGateway(server, log);
    server.createContext("/", gateway::handle);
    server.setExecutor(gateway.executor);
    server.start();
    return gateway;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        send(exchange, 413, "{\"errno\":413,\"error\":\"request body is larger than 6 MB\"}");
      } else if (path.startsWith(INVOKE_PREFIX) && path.endsWith(INVOKE_SUFFIX)) {
        invokeDirectly(exchange, path, new String(body, StandardCharsets.UTF_8));
      } else {
        invokeThroughGateway(exchange, path, body);
      }
    } catch (RuntimeException e) {
      log.println("scf-local: request failed: " + e);
      send(exchange, 500, "{\"errno\":500,\"error\":\"local runner failed, see its log\"}");
    } finally {
      exchange.close();
    }
  }

  private void invokeDirectly(HttpExchange exchange, String path, String event)
      throws IOException {
    String name = path.substring(INVOKE_PREFIX.length(), path.length() - INVOKE_SUFFIX.length());
    FunctionCatalog.Entry entry = FunctionCatalog.find(name).orElse(null);
    if (entry == null) {
      send(exchange, 404, "{\"errno\":404,\"error\":\"no function " + quoteSafe(name) + "\"}");
      return;
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      send(exchange, 405, "{\"errno\":405,\"error\":\"invoke a function with POST\"}");
      return;
    }
    String eventJson = event.isBlank() ? "{}" : event;
    String problem = InvocationResults.eventProblem(eventJson);
    if (problem != null) {
      send(exchange, 400, "{\"errno\":400,\"error\":" + GSON.toJson("the event " + problem)
          + "}");
      return;
    }
    String result = invoker(entry).invoke(eventJson, new LocalContext(entry.timeLimitMs(), 512));
    log.println("scf-local: invoked " + name + " directly");
    send(exchange, 200, result);
  }

  private void invokeThroughGateway(HttpExchange exchange, String path, byte[] body)
      throws IOException {
    FunctionCatalog.Entry entry = FunctionCatalog.forHttpPath(path).orElse(null);
    if (entry == null) {
      send(exchange, 404, "{\"errno\":404,\"error\":\"no API at " + quoteSafe(path) + "\"}");
      return;
    }
    Map<String, Object> event = ApiGatewayEvents.event(exchange.getRequestMethod(),
        exchange.getRequestURI(), exchange.getRequestHeaders(), body);
    log.println("scf-local: " + exchange.getRequestMethod() + " " + path);
    String result = invoker(entry).invoke(GSON.toJson(event),
        new LocalContext(entry.timeLimitMs(), 512));
    JsonObject response = JsonParser.parseString(result).getAsJsonObject();
    int status = response.get("statusCode").getAsInt();
    JsonElement headers = response.get("headers");
    if (headers != null && headers.isJsonObject()) {
      for (Map.Entry<String, JsonElement> header : headers.getAsJsonObject().entrySet()) {
        exchange.getResponseHeaders().add(header.getKey(), header.getValue().getAsString());
      }
    }
    String responseBody = response.get("body").getAsString();
    byte[] bytes = response.get("isBase64Encoded").getAsBoolean()
        ? Base64.getDecoder().decode(responseBody)
        : responseBody.getBytes(StandardCharsets.UTF_8);
    log.println("scf-local: " + exchange.getRequestMethod() + " " + path + " -> " + status);
    sendBytes(exchange, status, bytes);
  }

  private ScfInvoker invoker(FunctionCatalog.Entry entry) {
    return invokers.computeIfAbsent(entry.name(),
        name -> ScfInvoker.load(entry.handler(), LocalApiGateway.class.getClassLoader()));
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    return bytes.length > MAX_BODY_BYTES ? null : bytes;
  }

  private static String quoteSafe(String text) {
    return text.replaceAll("[^A-Za-z0-9/_.-]", "?");
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    sendBytes(exchange, status, json.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange exchange, int status, byte[] bytes)
      throws IOException {
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
