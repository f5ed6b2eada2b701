package com.supernode.tke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.Fault;
import com.supernode.emulator.Faults;
import com.supernode.emulator.TkeEmulator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorBodyCloserTest {
  private TkeEmulator emulator;
  private SdkTkeGateway gateway;

  @BeforeEach
  void startEmulator() throws IOException {
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld());
    gateway = new SdkTkeGateway(new TkeSettings(emulator.region(), emulator.endpoint(), 3, 10),
        new RoleCredentials(emulator.secretId(), emulator.secretKey(), null));
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  /** Returns how many connections of the gateways' pool are in use. */
  private static int connectionsInUse() {
    ConnectionPool pool = SdkTkeGateway.HTTP_CLIENT.connectionPool();
    return pool.connectionCount() - pool.idleConnectionCount();
  }

  @Test
  void httpErrorReleasesItsConnection() {
    emulator.setFaults(Faults.of(Fault.httpError(503)));
    int inUseBefore = connectionsInUse();

    TkeException error = assertThrows(TkeException.class,
        () -> gateway.describeVirtualNodePools("cls-main0001"));

    assertEquals(TkeException.SERVER_SIDE_ERROR, error.code());
    assertEquals(inUseBefore, connectionsInUse());
  }

  @Test
  void errorBodyIsKeptForTheSdk() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "gateway timeout".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(504, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new ErrorBodyCloser()).build();
    try (Response response = client.newCall(new Request.Builder()
        .url("http://127.0.0.1:" + server.getAddress().getPort() + "/").build()).execute()) {
      assertEquals(504, response.code());
      assertEquals("gateway timeout", response.body().string());
    } finally {
      server.stop(0);
    }
  }
}
