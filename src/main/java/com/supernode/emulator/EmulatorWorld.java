package com.supernode.emulator;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The starting state of a {@link TkeEmulator}: account, clusters, node pools, nodes, subnets and
 * faults, read from a JSON file that users edit.
 *
 * <h2>World file keys</h2>
 *
 * <p>Unknown keys are rejected so that a misspelt key fails loudly, except keys that start with
 * {@code _}, which are notes. Errors name the file and the JSON path.
 *
 * <ul>
 *   <li>{@code region} (required): the only region served, such as {@code ap-guangzhou}. A request
 *       for any other region gets {@code UnsupportedRegion}.
 *   <li>{@code credentials} (required): {@code secretId}, {@code secretKey} and an optional
 *       {@code token}. When a token is set, every request must carry it in {@code X-TC-Token};
 *       when none is set, a request that carries one is rejected. Both give
 *       {@code AuthFailure.TokenFailure}.
 *   <li>{@code whitelisted} (default true): whether the account may use super nodes. When false,
 *       creates get {@code UnsupportedOperation.NotInWhitelist}.
 *   <li>{@code nodeReadyDelayMs} (default 3000): how long a created node stays {@code Pending}
 *       before it is {@code Running}, measured on the emulator clock.
 *   <li>{@code rateLimitPerSecond} (default 20, TKE's documented limit): a number for every
 *       action, or an object of action names to numbers with an optional {@code default} key.
 *       0 turns the limit off. The window is the last second of the emulator clock, so a frozen
 *       {@link ManualClock} counts every call into one second.
 *   <li>{@code maxClockSkewSeconds} (default 300, as TKE): how far {@code X-TC-Timestamp} may be
 *       from the emulator clock before {@code AuthFailure.SignatureExpire}; 0 turns the check
 *       off. The SDK stamps requests with the system time, so tests that move a
 *       {@link ManualClock} by minutes need 0 here.
 *   <li>{@code subnets[]}: {@code subnetId}, {@code vpcId}, {@code zone}.
 *   <li>{@code clusters[]}: {@code clusterId}, {@code vpcId}, {@code status} (default
 *       {@code Running}; otherwise {@code ResourceUnavailable.ClusterState}),
 *       {@code supportsVirtualKubelet} (default true; otherwise creates get
 *       {@code UnsupportedOperation.NotSupportInstallVirtualKubelet}), {@code camDenied} (default
 *       false; otherwise every action on the cluster gets {@code UnauthorizedOperation.CamNoAuth}),
 *       {@code nodePools[]} and {@code nodes[]}.
 *   <li>{@code nodePools[]}: {@code nodePoolId}, {@code name} (defaults to the ID),
 *       {@code lifeState} ({@code creating}, {@code normal} (default) or {@code updating}. Creates
 *       in a pool that is not {@code normal} get
 *       {@code ResourceUnavailable.NodePoolStateNotNormal}),
 *       {@code subnetIds[]}, {@code labels} (an object of strings) and
 *       {@code taints[]} ({@code key}, {@code value}, {@code effect}).
 *   <li>{@code nodes[]}: nodes that exist at start, with {@code name}, {@code nodePoolId},
 *       {@code subnetId}, {@code phase} (default {@code Running}; any string, because TKE documents
 *       no other phase) and {@code createdTime}: RFC 3339 such as {@code 2024-05-01T08:00:00Z}, or
 *       {@code now} / {@code now-<N><ms|s|m|h|d>} relative to the emulator clock at start.
 *       These nodes keep their phase until a test changes it through {@link EmulatorState}.
 *       An optional {@code kubernetes} object changes the node's Kubernetes Node object (see
 *       {@link KubernetesState} for its defaults): {@code ready} ({@code True}, {@code False} or
 *       {@code Unknown}) with {@code readySince}, {@code heartbeat} (a time in the
 *       {@code createdTime} forms), {@code labels} to add, {@code removeLabels}, {@code taints}
 *       to replace the defaults, and {@code absent} to leave the Node out.
 *   <li>{@code kubernetesOnlyNodes[]} of a cluster: Node objects that TKE does not list, with
 *       {@code name} and {@code createdTime}.
 *   <li>{@code kubeApiReachable} of a cluster (default true): false starts the cluster with its
 *       Kubernetes API server down.
 *   <li>{@code faults}: the fault rules in force at start, in the form {@link Faults} documents.
 * </ul>
 *
 * <p>IDs follow TKE's formats: {@code cls-}, {@code np-}, {@code vpc-} or {@code subnet-}
 * followed by 8 lowercase letters or digits.
 *
 * <h2>The built-in world</h2>
 *
 * <p>{@link #defaultWorld()} serves region {@code ap-guangzhou} with SecretId
 * {@code emulator-secret-id} and SecretKey {@code emulator-secret-key}, and no token.
 *
 * <ul>
 *   <li>{@code cls-main0001} (VPC {@code vpc-main0001}, Running): pool {@code np-normal01}
 *       ({@code normal}) and pool {@code np-update01} ({@code updating}). Free subnets
 *       {@code subnet-gz3free1}, {@code subnet-gz4free1}, {@code subnet-gz6free1} lie in zones
 *       ap-guangzhou-3, -4 and -6. Nodes of {@code np-normal01}:
 *       {@code eklet-subnet-gz3used1-0} Running, {@code eklet-subnet-gz4used1-0} Pending since
 *       60 s before start, {@code eklet-subnet-gz6used1-0} Pending since 2021 (stuck) and
 *       {@code eklet-subnet-gz3used2-0} in the undocumented phase {@code Failed}.
 *   <li>{@code subnet-othervp1} lies in {@code vpc-other001}, so creates there fail with
 *       {@code InvalidParameter.SubnetInvalidError}.
 *   <li>{@code cls-novklet1} (pool {@code np-novklet1}) does not support virtual kubelet,
 *       {@code cls-camdeny1} (pool {@code np-camdeny1}) denies CAM permission, and
 *       {@code cls-idling01} (pool {@code np-idling01}) is {@code Idling}.
 * </ul>
 */
public final class EmulatorWorld {
  static final String DEFAULT_RESOURCE = "emulator/default-world.json";

  private final String region;
  private final String secretId;
  private final String secretKey;
  private final String token;
  private final boolean whitelisted;
  private final Duration nodeReadyDelay;
  private final RateLimits rateLimits;
  private final long maxClockSkewSeconds;
  private final List<Subnet> subnets;
  private final List<Cluster> clusters;
  private final Map<String, List<NodePool>> nodePools;
  private final List<NodeSeed> nodes;
  private final Faults faults;
  private final KubeWorld kubernetes;

  EmulatorWorld(
      String region,
      String secretId,
      String secretKey,
      String token,
      boolean whitelisted,
      Duration nodeReadyDelay,
      RateLimits rateLimits,
      long maxClockSkewSeconds,
      List<Subnet> subnets,
      List<Cluster> clusters,
      Map<String, List<NodePool>> nodePools,
      List<NodeSeed> nodes,
      Faults faults,
      KubeWorld kubernetes) {
    this.region = region;
    this.secretId = secretId;
    this.secretKey = secretKey;
    this.token = token;
    this.whitelisted = whitelisted;
    this.nodeReadyDelay = nodeReadyDelay;
    this.rateLimits = rateLimits;
    this.maxClockSkewSeconds = maxClockSkewSeconds;
    this.subnets = List.copyOf(subnets);
    this.clusters = List.copyOf(clusters);
    this.nodePools = Map.copyOf(nodePools);
    this.nodes = List.copyOf(nodes);
    this.faults = faults;
    this.kubernetes = kubernetes;
  }

  /** Reads a world file; errors name {@code file}. */
  public static EmulatorWorld load(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new EmulatorWorldException("world file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new EmulatorWorldException("cannot read world file " + file + ": " + e.getMessage(),
          e);
    }
    return parse(json, file.toString());
  }

  /** Parses a world from JSON text; errors name the source as {@code <string>}. */
  public static EmulatorWorld fromJson(String json) {
    return parse(json, "<string>");
  }

  /** Reads the world shipped as class-path resource {@code emulator/default-world.json}. */
  public static EmulatorWorld defaultWorld() {
    try (InputStream in = EmulatorWorld.class.getClassLoader()
        .getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new EmulatorWorldException("class-path resource " + DEFAULT_RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  private static EmulatorWorld parse(String json, String source) {
    try {
      return WorldReader.read(JsonParser.parseString(json), source);
    } catch (JsonParseException e) {
      throw new EmulatorWorldException(source + ": invalid JSON: " + e.getMessage(), e);
    }
  }

  public String region() {
    return region;
  }

  public String secretId() {
    return secretId;
  }

  public String secretKey() {
    return secretKey;
  }

  /** Returns the session token every request must carry, if the world sets one. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  public boolean whitelisted() {
    return whitelisted;
  }

  public Duration nodeReadyDelay() {
    return nodeReadyDelay;
  }

  /** Returns the requests per second allowed for {@code action}, where 0 means unlimited. */
  public int rateLimitPerSecond(String action) {
    return rateLimits.perSecond(action);
  }

  public long maxClockSkewSeconds() {
    return maxClockSkewSeconds;
  }

  public List<Subnet> subnets() {
    return subnets;
  }

  public List<Cluster> clusters() {
    return clusters;
  }

  /** Returns the pools of {@code clusterId} in file order, or none for an unknown cluster. */
  public List<NodePool> nodePools(String clusterId) {
    return nodePools.getOrDefault(clusterId, List.of());
  }

  List<NodeSeed> nodeSeeds() {
    return nodes;
  }

  KubeWorld kubernetes() {
    return kubernetes;
  }

  public Faults faults() {
    return faults;
  }

  public EmulatorWorld withFaults(Faults newFaults) {
    Objects.requireNonNull(newFaults, "newFaults");
    return new EmulatorWorld(region, secretId, secretKey, token, whitelisted, nodeReadyDelay,
        rateLimits, maxClockSkewSeconds, subnets, clusters, nodePools, nodes, newFaults,
        kubernetes);
  }

  /** Returns this world with the same limit for every action; 0 turns rate limiting off. */
  public EmulatorWorld withRateLimitPerSecond(int perSecond) {
    return new EmulatorWorld(region, secretId, secretKey, token, whitelisted, nodeReadyDelay,
        RateLimits.uniform(perSecond), maxClockSkewSeconds, subnets, clusters, nodePools, nodes,
        faults, kubernetes);
  }

  public EmulatorWorld withNodeReadyDelay(Duration delay) {
    return new EmulatorWorld(region, secretId, secretKey, token, whitelisted, delay, rateLimits,
        maxClockSkewSeconds, subnets, clusters, nodePools, nodes, faults, kubernetes);
  }

  /** Returns this world with a session token that requests must carry, or none if null. */
  public EmulatorWorld withToken(String newToken) {
    return new EmulatorWorld(region, secretId, secretKey, newToken, whitelisted, nodeReadyDelay,
        rateLimits, maxClockSkewSeconds, subnets, clusters, nodePools, nodes, faults,
        kubernetes);
  }

  public EmulatorWorld withMaxClockSkewSeconds(long seconds) {
    return new EmulatorWorld(region, secretId, secretKey, token, whitelisted, nodeReadyDelay,
        rateLimits, seconds, subnets, clusters, nodePools, nodes, faults, kubernetes);
  }
}
