"use strict";
// Baseline: one CreateClusterVirtualNode call through the official Node.js SDK in a fresh
// process, with the settings the Java handler reads from the same environment variables.
// Usage: node create.js all|tke CLUSTER_ID NODE_POOL_ID SUBNET_ID
//   all  the all-products package, tencentcloud-sdk-nodejs
//   tke  the per-product package, tencentcloud-sdk-nodejs-tke
const [packageKind, clusterId, nodePoolId, subnetId] = process.argv.slice(2);

const endpoint = new URL(process.env.TKE_ENDPOINT);
// Accept only the local emulator, so that no default endpoint of the SDK is ever used.
if (endpoint.protocol !== "http:" || endpoint.hostname !== "127.0.0.1" ) {
  throw new Error(`TKE_ENDPOINT must be http://127.0.0.1[:PORT], found ${endpoint}`);
}

let tke;
if (packageKind === "all") {
  tke = require("tencentcloud-sdk-nodejs").tke;
} else if (packageKind === "tke") {
  tke = require("tencentcloud-sdk-nodejs-tke").tke;
} else {
  throw new Error(`first argument must be all or tke, found ${packageKind}`);
}

const client = new tke.v20180525.Client({
  credential: {
    secretId: process.env.TENCENTCLOUD_SECRETID,
    secretKey: process.env.TENCENTCLOUD_SECRETKEY,
  },
  region: process.env.TKE_REGION,
  profile: {
    httpProfile: { endpoint: endpoint.host, protocol: "http://", reqTimeout: 10 },
    language: "en-US",
  },
});

client
  .CreateClusterVirtualNode({ ClusterId: clusterId, NodePoolId: nodePoolId, SubnetId: subnetId })
  .then((response) => {
    console.error(`RESULT ${JSON.stringify(response)}`);
    if (!response.NodeName) {
      process.exitCode = 1;
    }
  })
  .catch((error) => {
    console.error(`FAILED ${error.code || ""} ${error.message}`);
    process.exitCode = 1;
  });
