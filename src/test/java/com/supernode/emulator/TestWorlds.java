package com.supernode.emulator;

/** Small world files for tests that need a setting the default world does not have. */
final class TestWorlds {
  private static final String BASE = "\"region\": \"ap-guangzhou\",\n"
      + "\"credentials\": {\"secretId\": \"test-id\", \"secretKey\": \"test-key\"},\n"
      + "\"subnets\": [{\"subnetId\": \"subnet-aaaa0001\", \"vpcId\": \"vpc-aaaa0001\","
      + " \"zone\": \"ap-guangzhou-3\"}],\n"
      + "\"clusters\": [{\"clusterId\": \"cls-main0001\", \"vpcId\": \"vpc-aaaa0001\","
      + " \"nodePools\": [{\"nodePoolId\": \"np-normal01\"}]}]";

  private TestWorlds() {}

  /** Returns a minimal valid world: one cluster, one pool, one subnet. */
  static String minimal() {
    return "{" + BASE + "}";
  }

  /** Returns the minimal world with {@code entries} added as top-level keys. */
  static String withTopLevel(String entries) {
    return "{" + BASE + ",\n" + entries + "}";
  }
}
