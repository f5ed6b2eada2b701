package com.supernode.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values for the {@code ${env:...}} placeholders of serverless.yml that point the functions at
 * the emulator's default world: its region, its main cluster, a normal pool and a free subnet.
 */
final class EmulatorPlaceholders {
  static final String REGION = "ap-guangzhou";
  static final String CLUSTER = "cls-main0001";
  static final String NODE_POOL = "np-normal01";
  static final String SUBNET = "subnet-gz6free1";

  private EmulatorPlaceholders() {}

  static Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("SUPERNODE_REGION", REGION);
    values.put("SUPERNODE_ALLOWED_CLUSTERS", CLUSTER);
    values.put("SUPERNODE_CLUSTER_ID", CLUSTER);
    values.put("SUPERNODE_NODE_POOL_ID", NODE_POOL);
    values.put("SUPERNODE_SUBNET_ID", SUBNET);
    values.put("SUPERNODE_CLS_LOGSET_ID", "logset-not-used-in-tests");
    values.put("SUPERNODE_CLS_TOPIC_ID", "topic-not-used-in-tests");
    values.put("SUPERNODE_API_APP_ID", "app-not-used-in-tests");
    values.put("SUPERNODE_VPC_ID", "vpc-not-used-in-tests");
    values.put("SUPERNODE_FUNCTION_SUBNET_ID", "subnet-not-used-in-tests");
    return values;
  }
}
