package com.supernode.emulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.tke.v20180525.TkeClient;
import com.tencentcloudapi.tke.v20180525.models.CreateClusterVirtualNodeRequest;
import com.tencentcloudapi.tke.v20180525.models.DescribeClusterVirtualNodeRequest;
import com.tencentcloudapi.tke.v20180525.models.DescribeClusterVirtualNodeResponse;

/** SDK clients pointed at an emulator, and short forms of the calls tests make most. */
final class SdkClients {
  static final String CLUSTER = "cls-main0001";
  static final String POOL = "np-normal01";

  private SdkClients() {}

  static TkeClient tke(TkeEmulator emulator) {
    return new TkeClient(emulator.credential(), emulator.region(), emulator.clientProfile());
  }

  static TkeClient tke(TkeEmulator emulator, Credential credential) {
    return new TkeClient(credential, emulator.region(), emulator.clientProfile());
  }

  static CommonClient common(TkeEmulator emulator) {
    return new CommonClient("tke", RequestProcessor.API_VERSION, emulator.credential(),
        emulator.region(), emulator.clientProfile());
  }

  /** Calls an action through {@link CommonClient#call} and returns {@code Response}. */
  static JsonObject call(TkeEmulator emulator, String action, String json)
      throws TencentCloudSDKException {
    String body = common(emulator).call(action, json);
    return JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("Response");
  }

  static CreateClusterVirtualNodeRequest createRequest(String subnetId) {
    CreateClusterVirtualNodeRequest request = new CreateClusterVirtualNodeRequest();
    request.setClusterId(CLUSTER);
    request.setNodePoolId(POOL);
    request.setSubnetId(subnetId);
    return request;
  }

  static String createNode(TkeEmulator emulator, String subnetId)
      throws TencentCloudSDKException {
    return tke(emulator).CreateClusterVirtualNode(createRequest(subnetId)).getNodeName();
  }

  static DescribeClusterVirtualNodeResponse describeNodes(TkeEmulator emulator, String... names)
      throws TencentCloudSDKException {
    DescribeClusterVirtualNodeRequest request = new DescribeClusterVirtualNodeRequest();
    request.setClusterId(CLUSTER);
    if (names.length > 0) {
      request.setNodeNames(names);
    }
    return tke(emulator).DescribeClusterVirtualNode(request);
  }
}
