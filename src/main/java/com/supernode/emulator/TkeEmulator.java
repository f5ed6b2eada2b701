package com.supernode.emulator;

import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local TKE API server for the virtual-node actions, reached by the official Tencent Cloud SDK
 * through its endpoint settings, in the manner of OkHttp's MockWebServer.
 *
 * <p>It listens on 127.0.0.1 and serves {@code CreateClusterVirtualNode},
 * {@code DescribeClusterVirtualNode}, {@code DescribeClusterVirtualNodePools} and
 * {@code DescribeClusterKubeconfig} of API version 2018-05-25. The kubeconfig names an HTTPS
 * Kubernetes API server per cluster, also on 127.0.0.1, whose Node objects follow the virtual
 * nodes and can be changed through {@link #kubernetes()}. Requests must carry a valid
 * TC3-HMAC-SHA256 signature made with the world's credentials. State changes the way TKE's
 * does, every request is recorded, and faults can be switched on as data:
 *
 * <pre>{@code
 * try (TkeEmulator tke = TkeEmulator.start(EmulatorWorld.defaultWorld())) {
 *   TkeClient client = new TkeClient(tke.credential(), tke.region(), tke.clientProfile());
 *   ...
 * }
 * }</pre>
 */
public final class TkeEmulator implements AutoCloseable {
  static {
    // Without TCP_NODELAY, Nagle's algorithm adds about 40 ms to each keep-alive call. The JDK
    // server reads this property once, when its first instance is created in the JVM.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final String HOST = "127.0.0.1";
  private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

  private final EmulatorWorld world;
  private final EmulatorState state;
  private final KubernetesState kubernetes;
  private final KubeApiServers kubeApiServers;
  private final RequestLog log = new RequestLog();
  private final RequestHandler handler;
  private final HttpServer server;
  private final ExecutorService executor;
  private volatile FaultInjector faults;

  private TkeEmulator(EmulatorWorld world, int port, Clock clock) throws IOException {
    this.world = world;
    this.state = new EmulatorState(world, clock);
    this.faults = new FaultInjector(world.faults());
    this.executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "tke-emulator-" + THREAD_COUNT.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.kubernetes = new KubernetesState(state);
    this.kubeApiServers = new KubeApiServers(kubernetes, executor);
    kubernetes.attach(kubeApiServers);
    world.kubernetes().applyTo(kubernetes, clock.instant());
    RequestProcessor processor =
        new RequestProcessor(world, state, () -> faults, kubeApiServers);
    this.handler = new RequestHandler(processor, state, log);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), port), 0);
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
  }

  /** Starts an emulator on an ephemeral port with the system clock. */
  public static TkeEmulator start(EmulatorWorld world) {
    return start(world, 0);
  }

  /** Starts an emulator on {@code port} (0 for an ephemeral one) with the system clock. */
  public static TkeEmulator start(EmulatorWorld world, int port) {
    return start(world, port, Clock.systemUTC());
  }

  /**
   * Starts an emulator whose node phases, timestamps and rate-limit windows follow {@code clock}.
   * Relative creation times in the world ({@code now-60s}) are fixed against it here.
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static TkeEmulator start(EmulatorWorld world, int port, Clock clock) {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(clock, "clock");
    try {
      return new TkeEmulator(world, port, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the TKE emulator on " + HOST + ":" + port
          + ": " + e.getMessage(), e);
    }
  }

  /** Returns the base URL, {@code http://127.0.0.1:PORT}. */
  public String endpoint() {
    return "http://" + authority();
  }

  /** Returns {@code 127.0.0.1:PORT}, the form {@link HttpProfile#setEndpoint} takes. */
  public String authority() {
    return HOST + ":" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String region() {
    return world.region();
  }

  public String secretId() {
    return world.secretId();
  }

  public String secretKey() {
    return world.secretKey();
  }

  /** Returns SDK credentials for this emulator, with the world's token if it has one. */
  public Credential credential() {
    return world.token()
        .map(token -> new Credential(secretId(), secretKey(), token))
        .orElseGet(() -> new Credential(secretId(), secretKey()));
  }

  /** Returns a new SDK client profile that sends plain HTTP to this emulator. */
  public ClientProfile clientProfile() {
    HttpProfile httpProfile = new HttpProfile();
    httpProfile.setProtocol(HttpProfile.REQ_HTTP);
    httpProfile.setEndpoint(authority());
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(httpProfile);
    return profile;
  }

  public EmulatorWorld world() {
    return world;
  }

  public EmulatorState state() {
    return state;
  }

  /** Returns the Kubernetes view of the clusters, which tests can change node by node. */
  public KubernetesState kubernetes() {
    return kubernetes;
  }

  /** Returns every request received so far, in arrival order. */
  public List<RecordedRequest> requests() {
    return log.snapshot();
  }

  /** Returns the requests received so far whose {@code X-TC-Action} is {@code action}. */
  public List<RecordedRequest> requests(String action) {
    return log.snapshot(action);
  }

  public void clearRequests() {
    log.clear();
  }

  /** Installs a fault set, restarting its counters and random sequence. */
  public void setFaults(Faults newFaults) {
    faults = new FaultInjector(Objects.requireNonNull(newFaults, "newFaults"));
  }

  public Faults faults() {
    return faults.faults();
  }

  public Clock clock() {
    return state.clock();
  }

  /** Replaces the clock; nodes already created keep their creation and ready instants. */
  public void setClock(Clock clock) {
    state.setClock(clock);
  }

  /**
   * Calls {@code listener} with each request's record on the serving thread, before the reply is
   * written. Exceptions it throws are logged and otherwise ignored.
   */
  public void setRequestListener(Consumer<RecordedRequest> listener) {
    handler.setListener(Objects.requireNonNull(listener, "listener"));
  }

  /** Stops the server at once; requests in progress are cut off. */
  @Override
  public void close() {
    server.stop(0);
    kubeApiServers.close();
    executor.shutdownNow();
  }
}
