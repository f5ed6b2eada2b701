package com.supernode.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Reads each exchange, has it processed, records it and writes the reply. */
final class RequestHandler implements HttpHandler {
  private static final System.Logger LOGGER = System.getLogger(RequestHandler.class.getName());

  private final RequestProcessor processor;
  private final EmulatorState state;
  private final RequestLog log;
  private volatile Consumer<RecordedRequest> listener = request -> { };

  RequestHandler(RequestProcessor processor, EmulatorState state, RequestLog log) {
    this.processor = processor;
    this.state = state;
    this.log = log;
  }

  void setListener(Consumer<RecordedRequest> newListener) {
    listener = newListener;
  }

  @Override
  public void handle(HttpExchange exchange) {
    Instant receivedAt = state.clock().instant();
    try {
      IncomingRequest request = IncomingRequest.read(exchange);
      Outcome outcome = process(request);
      // Recorded before the reply is written, so a client that has its response finds it recorded.
      RecordedRequest record = new RecordedRequest(
          request, outcome.params(), outcome.reply(), outcome.faults(), receivedAt);
      log.add(record);
      notifyListener(record);
      ReplyWriter.send(exchange, outcome.reply());
    } catch (IOException e) {
      LOGGER.log(Level.DEBUG, "client connection failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private Outcome process(IncomingRequest request) throws InterruptedException {
    try {
      return processor.process(request);
    } catch (RuntimeException e) {
      String requestId = UUID.randomUUID().toString();
      LOGGER.log(Level.ERROR, "emulator failed on request " + requestId, e);
      Reply reply = Reply.error(requestId, "InternalError", "the TKE emulator failed: " + e);
      return new Outcome(reply, null, List.of());
    }
  }

  private void notifyListener(RecordedRequest record) {
    try {
      listener.accept(record);
    } catch (RuntimeException e) {
      LOGGER.log(Level.WARNING, "request listener failed for " + record.requestId(), e);
    }
  }
}
