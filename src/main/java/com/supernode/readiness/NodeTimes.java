package com.supernode.readiness;

import com.supernode.kube.KubeNode;
import com.supernode.tke.VirtualNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The timestamps of one node that ages are measured from, with each one that lies in the future
 * set aside. A timestamp lies in the future when it is later than the moment it was read plus
 * {@link #CLOCK_SKEW_ALLOWANCE}, because TKE and Kubernetes wrote it before they sent it.
 */
final class NodeTimes {
  /**
   * How far a timestamp may lie past the moment it was read before it counts as from the future.
   * Hosts kept by NTP differ by far less; the rest is room for a clock that drifts. The value is
   * a choice, not a documented TKE or Kubernetes figure.
   */
  static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofSeconds(60);

  final Instant created;
  final Instant heartbeat;
  final boolean heartbeatInFuture;
  final Instant readySince;
  final List<FutureTimestamp> future;

  private NodeTimes(Instant created, Instant heartbeat, boolean heartbeatInFuture,
      Instant readySince, List<FutureTimestamp> future) {
    this.created = created;
    this.heartbeat = heartbeat;
    this.heartbeatInFuture = heartbeatInFuture;
    this.readySince = readySince;
    this.future = List.copyOf(future);
  }

  /**
   * Reads the timestamps of a node checked at {@code checkTime} whose data was read no later
   * than {@code readTime}.
   *
   * @param tkeNode TKE's node, or null for a node only Kubernetes has
   * @param kubeNode the Node object, or null when Kubernetes has none or was not asked
   */
  static NodeTimes of(VirtualNode tkeNode, KubeNode kubeNode, Instant checkTime,
      Instant readTime) {
    Screen screen = new Screen(checkTime, readTime);
    Instant tkeCreated = screen.keep("TKE CreatedTime", tkeCreated(tkeNode));
    Instant kubeCreated = kubeNode == null ? null : screen.keep(
        "Kubernetes creationTimestamp", kubeNode.creationTimestamp().orElse(null));
    Instant heartbeat = kubeNode == null ? null : kubeNode.lastHeartbeatTime().orElse(null);
    Instant keptHeartbeat = screen.keep("Kubernetes lastHeartbeatTime", heartbeat);
    Instant readySince = kubeNode == null ? null : screen.keep(
        "Kubernetes lastTransitionTime", kubeNode.lastTransitionTime().orElse(null));
    return new NodeTimes(tkeCreated != null ? tkeCreated : kubeCreated, keptHeartbeat,
        heartbeat != null && keptHeartbeat == null, readySince, screen.future);
  }

  /** Returns TKE's creation time, or null when it is missing or unreadable. */
  private static Instant tkeCreated(VirtualNode tkeNode) {
    String text = tkeNode == null ? null : tkeNode.createdTime().orElse(null);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Sorts timestamps into those kept and those from the future. */
  private static final class Screen {
    private final Instant checkTime;
    private final Instant latest;
    private final List<FutureTimestamp> future = new ArrayList<>();

    Screen(Instant checkTime, Instant readTime) {
      this.checkTime = checkTime;
      Instant read = readTime.isAfter(checkTime) ? readTime : checkTime;
      this.latest = read.plus(CLOCK_SKEW_ALLOWANCE);
    }

    /** Returns {@code time}, or null after noting it when it lies in the future. */
    Instant keep(String source, Instant time) {
      if (time == null || !time.isAfter(latest)) {
        return time;
      }
      future.add(new FutureTimestamp(source, time,
          Duration.between(checkTime, time).getSeconds()));
      return null;
    }
  }
}
