package com.supernode.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** A cluster with its pools and nodes, in insertion order. Guarded by the state's lock. */
final class ClusterEntry {
  Cluster cluster;
  final Map<String, NodePool> pools = new LinkedHashMap<>();
  final Map<String, NodeEntry> nodes = new LinkedHashMap<>();

  ClusterEntry(Cluster cluster) {
    this.cluster = cluster;
  }
}
