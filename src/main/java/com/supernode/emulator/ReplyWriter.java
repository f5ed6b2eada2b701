package com.supernode.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends a {@link Reply} on an exchange, or closes the connection for a dropped one. */
final class ReplyWriter {
  private ReplyWriter() {}

  /**
   * Sends the reply after its delay. The body goes out with a fixed Content-Length in one write,
   * which together with TCP_NODELAY keeps keep-alive calls free of Nagle delays.
   *
   * @throws InterruptedException if the emulator closes during the delay
   */
  static void send(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
    if (reply.delayMs() > 0) {
      Thread.sleep(reply.delayMs());
    }
    if (reply.kind() == Reply.Kind.DROP) {
      // Closing before sendResponseHeaders makes the JDK server close the socket, so the client
      // reads end-of-stream where it expects a status line.
      exchange.close();
      return;
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    // The JDK server reads length 0 as "chunked" and -1 as "no body".
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
