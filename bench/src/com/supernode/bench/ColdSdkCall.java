package com.supernode.bench;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.tke.v20180525.TkeClient;
import com.tencentcloudapi.tke.v20180525.models.CreateClusterVirtualNodeRequest;

/**
 * A baseline: one {@code CreateClusterVirtualNode} call through the bare Java SDK in a fresh JVM,
 * with no function code around it.
 *
 * <p>Usage: {@code ColdSdkCall tke|common CLUSTER_ID NODE_POOL_ID SUBNET_ID}. {@code tke} uses
 * the typed {@code TkeClient} and its request model; {@code common} uses the generic
 * {@code CommonClient} with a JSON string, as the functions do.
 */
public final class ColdSdkCall {
  private ColdSdkCall() {}

  public static void main(String[] args) throws Exception {
    SdkTarget target = SdkTarget.fromEnvironment();
    String nodeName;
    if (args[0].equals("tke")) {
      TkeClient client = new TkeClient(target.credential, target.region, target.profile());
      CreateClusterVirtualNodeRequest request = new CreateClusterVirtualNodeRequest();
      request.setClusterId(args[1]);
      request.setNodePoolId(args[2]);
      request.setSubnetId(args[3]);
      nodeName = client.CreateClusterVirtualNode(request).getNodeName();
    } else if (args[0].equals("common")) {
      CommonClient client = new CommonClient("tke", "2018-05-25", target.credential,
          target.region, target.profile());
      String body = client.call("CreateClusterVirtualNode", "{\"ClusterId\":\"" + args[1]
          + "\",\"NodePoolId\":\"" + args[2] + "\",\"SubnetId\":\"" + args[3] + "\"}");
      nodeName = body.contains("\"NodeName\"") ? body : null;
    } else {
      throw new IllegalArgumentException("first argument must be tke or common, found " + args[0]);
    }
    System.err.println("RESULT " + nodeName);
    if (nodeName == null) {
      System.exit(1);
    }
  }
}
