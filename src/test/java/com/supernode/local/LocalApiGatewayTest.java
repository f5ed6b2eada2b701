package com.supernode.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.TkeEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalApiGatewayTest {
  private static final String CREATE_BODY = "{\"ClusterId\":\"cls-main0001\","
      + "\"NodePoolId\":\"np-normal01\",\"SubnetId\":\"subnet-gz3free1\"}";
  private static final String[] PROPERTIES = {"TKE_ENDPOINT", "TKE_REGION",
      "TENCENTCLOUD_SECRETID", "TENCENTCLOUD_SECRETKEY", "ALLOWED_CLUSTERS"};

  private final Map<String, String> savedProperties = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private TkeEmulator emulator;
  private LocalApiGateway gateway;
  private PrintStream savedOut;

  @BeforeEach
  void start() throws Exception {
    for (String name : PROPERTIES) {
      savedProperties.put(name, System.getProperty(name));
    }
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld());
    System.setProperty("TKE_ENDPOINT", emulator.endpoint());
    System.setProperty("TKE_REGION", emulator.region());
    System.setProperty("TENCENTCLOUD_SECRETID", emulator.secretId());
    System.setProperty("TENCENTCLOUD_SECRETKEY", emulator.secretKey());
    System.setProperty("ALLOWED_CLUSTERS", "cls-main0001");
    savedOut = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    gateway = LocalApiGateway.start(0, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    gateway.close();
    emulator.close();
    System.setOut(savedOut);
    savedProperties.forEach((name, value) -> {
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    });
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + gateway.port() + path))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Test
  void postCreatesThenConflicts() throws Exception {
    HttpResponse<String> first = send("POST", "/virtual-nodes", CREATE_BODY);
    HttpResponse<String> second = send("POST", "/virtual-nodes", CREATE_BODY);

    assertEquals(200, first.statusCode());
    assertEquals("eklet-subnet-gz3free1-0",
        json(first).getAsJsonObject("Response").get("NodeName").getAsString());
    assertEquals(409, second.statusCode());
    assertEquals("ResourceInUse.SubnetAlreadyExist", json(second).getAsJsonObject("Response")
        .getAsJsonObject("Error").get("Code").getAsString());
    assertEquals("application/json; charset=utf-8",
        first.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void invocationsPathTakesTimerEvent() throws Exception {
    String timer = "{\"Type\":\"Timer\",\"TriggerName\":\"t\",\"Time\":\"2026-12-04T01:00:00Z\","
        + "\"Message\":" + new Gson().toJson(CREATE_BODY) + "}";

    HttpResponse<String> response = send("POST", "/functions/create/invocations", timer);

    assertEquals(200, response.statusCode());
    assertEquals("eklet-subnet-gz3free1-0",
        json(response).getAsJsonObject("Response").get("NodeName").getAsString());
  }

  @Test
  void wrongMethodAndPathAreRejected() throws Exception {
    HttpResponse<String> get = send("GET", "/virtual-nodes", null);
    HttpResponse<String> unknownPath = send("POST", "/nodes", CREATE_BODY);
    HttpResponse<String> unknownFunction = send("POST", "/functions/nope/invocations", "{}");

    assertEquals(405, get.statusCode());
    assertEquals(404, unknownPath.statusCode());
    assertEquals(404, unknownFunction.statusCode());
    assertTrue(emulator.requests().isEmpty());
  }

  @Test
  void invalidUtf8BodyIsRejectedByFunction() throws Exception {
    byte[] body = "{\"ClusterId\":\"cls-main0001\",\"x\":\"\u00ff\"}"
        .getBytes(StandardCharsets.ISO_8859_1);
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + gateway.port() + "/virtual-nodes"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(400, response.statusCode());
    assertEquals("body: The decoded body is not UTF-8 text. Send JSON encoded as UTF-8.",
        json(response).getAsJsonObject("Response").getAsJsonObject("Error")
            .get("Message").getAsString());
    assertTrue(emulator.requests().isEmpty());
  }

  @Test
  void malformedInvocationEventIsBadRequest() throws Exception {
    HttpResponse<String> notJson = send("POST", "/functions/create/invocations", "{bad");
    HttpResponse<String> notObject = send("POST", "/functions/create/invocations", "\"x\"");
    HttpResponse<String> get = send("GET", "/functions/create/invocations", null);

    assertEquals(400, notJson.statusCode());
    assertEquals(400, notObject.statusCode());
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
    assertTrue(emulator.requests().isEmpty());
  }

  @Test
  void retryAfterHeaderReachesClient() throws Exception {
    String body = "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-update01\","
        + "\"SubnetId\":\"subnet-gz3free1\"}";

    HttpResponse<String> response = send("POST", "/virtual-nodes", body);

    assertEquals(503, response.statusCode());
    assertEquals("60", response.headers().firstValue("Retry-After").orElseThrow());
  }
}
