package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the TKE emulator as a process: {@code EmulatorMain [--world FILE] [--port N]}.
 *
 * <p>On start it prints {@code NAME=value} lines to stdout for the SDK settings and the main
 * cluster (the first in the world): {@code TKE_ENDPOINT}, {@code TKE_REGION},
 * {@code TENCENTCLOUD_SECRETID}, {@code TENCENTCLOUD_SECRETKEY}, {@code CLUSTER_ID},
 * {@code NODE_POOL_ID} (its first {@code normal} pool) and {@code FREE_SUBNET_IDS} (subnets in its
 * VPC without a node). Then it logs one JSON line per request to stderr, without credentials, and
 * runs until the process is stopped. Exit status 2 means invalid arguments, 1 an invalid world
 * file or a port that cannot be bound.
 */
public final class EmulatorMain {
  static final String USAGE = "usage: EmulatorMain [--world FILE] [--port N]\n"
      + "  --world FILE  world JSON file (default: the built-in world)\n"
      + "  --port N      TCP port on 127.0.0.1 (default 0: pick a free port and print it)";

  private EmulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    TkeEmulator emulator;
    try {
      emulator = launch(args, System.out, System.err);
    } catch (EmulatorWorldException | UncheckedIOException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (emulator == null) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.close();
      System.err.println(event("stopped").toString());
    }, "tke-emulator-shutdown"));
    new CountDownLatch(1).await();
  }

  /**
   * Starts an emulator with the settings in {@code args} and prints them. Returns null after
   * printing the usage for {@code --help}.
   *
   * @throws IllegalArgumentException for unknown or malformed arguments
   */
  static TkeEmulator launch(String[] args, PrintStream out, PrintStream err) {
    Path worldFile = null;
    int port = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--world":
          worldFile = Path.of(value(args, i++));
          break;
        case "--port":
          port = parsePort(value(args, i++));
          break;
        case "--help":
        case "-h":
          out.println(USAGE);
          return null;
        default:
          throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    EmulatorWorld world =
        worldFile == null ? EmulatorWorld.defaultWorld() : EmulatorWorld.load(worldFile);
    TkeEmulator emulator = TkeEmulator.start(world, port);
    emulator.setRequestListener(request -> err.println(requestLine(request)));
    printSettings(emulator, out);
    JsonObject started = event("started");
    started.addProperty("endpoint", emulator.endpoint());
    started.addProperty("world", worldFile == null ? EmulatorWorld.DEFAULT_RESOURCE
        : worldFile.toString());
    err.println(started);
    return emulator;
  }

  private static void printSettings(TkeEmulator emulator, PrintStream out) {
    out.println("TKE_ENDPOINT=" + emulator.endpoint());
    out.println("TKE_REGION=" + emulator.region());
    out.println("TENCENTCLOUD_SECRETID=" + emulator.secretId());
    out.println("TENCENTCLOUD_SECRETKEY=" + emulator.secretKey());
    List<Cluster> clusters = emulator.state().clusters();
    String clusterId = clusters.isEmpty() ? "" : clusters.get(0).clusterId();
    String nodePoolId = emulator.state().nodePools(clusterId).stream()
        .filter(pool -> NodePool.NORMAL.equals(pool.lifeState()))
        .map(NodePool::nodePoolId)
        .findFirst()
        .orElse("");
    List<String> free = clusterId.isEmpty() ? List.of() : emulator.state().freeSubnetIds(clusterId);
    out.println("CLUSTER_ID=" + clusterId);
    out.println("NODE_POOL_ID=" + nodePoolId);
    out.println("FREE_SUBNET_IDS=" + String.join(",", free));
    out.flush();
  }

  static String requestLine(RecordedRequest request) {
    JsonObject line = event("request");
    line.addProperty("action", request.action());
    line.addProperty("code", request.errorCode());
    line.addProperty("httpStatus", request.httpStatus());
    line.addProperty("requestId", request.requestId());
    JsonArray faults = new JsonArray();
    request.faults().forEach(faults::add);
    line.add("faults", faults);
    return line.toString();
  }

  private static JsonObject event(String name) {
    JsonObject line = new JsonObject();
    line.addProperty("event", name);
    return line;
  }

  private static String value(String[] args, int flagIndex) {
    if (flagIndex + 1 >= args.length) {
      throw new IllegalArgumentException(args[flagIndex] + " needs a value");
    }
    return args[flagIndex + 1];
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the value.
    }
    throw new IllegalArgumentException("--port must be 0 to 65535, found '" + text + "'");
  }
}
