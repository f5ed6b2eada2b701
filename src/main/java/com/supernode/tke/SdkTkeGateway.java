package com.supernode.tke;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.supernode.request.CreateNodeRequest;
import com.tencentcloudapi.common.AbstractClient;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import java.io.InterruptedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Calls TKE through the official SDK's generic {@link CommonClient}.
 *
 * <p>The generic client sends the JSON parameters we already validated and returns the raw
 * response, which we read with Gson. It avoids the typed {@code TkeClient}, whose verification
 * loads a model class for every TKE action and so slows a cold start.
 */
public final class SdkTkeGateway implements TkeGateway {
  static final String VERSION = "2018-05-25";

  /**
   * The OkHttp client under every gateway: OkHttp (3.12, which the SDK ships) by default sends a
   * request again when the connection fails after sending it. For CreateClusterVirtualNode that
   * hides a create whose response was lost: the resend gets ResourceInUse.SubnetAlreadyExist
   * for the node the first send made. Without the resend, the failure reaches the caller as an
   * outcome-unknown TkeException, which batch-create settles with a describe. Gateways share
   * this client's connection pool. {@link ErrorBodyCloser} releases the connection of a
   * response that is not HTTP 200, which the SDK leaves open.
   */
  static final OkHttpClient HTTP_CLIENT = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .addInterceptor(new ErrorBodyCloser())
      .build();

  private final AbstractClient client;

  public SdkTkeGateway(TkeSettings settings, RoleCredentials credentials) {
    this.client = new CommonClient("tke", VERSION, credential(credentials), settings.region(),
        profile(settings));
  }

  private static Credential credential(RoleCredentials credentials) {
    return new Credential(credentials.secretId(), credentials.secretKey(),
        credentials.token().orElse(null));
  }

  private static ClientProfile profile(TkeSettings settings) {
    HttpProfile http = new HttpProfile();
    http.setEndpoint(settings.hostAndPort());
    http.setProtocol(settings.https() ? HttpProfile.REQ_HTTPS : HttpProfile.REQ_HTTP);
    http.setConnTimeout(settings.connectTimeoutSeconds());
    http.setReadTimeout(settings.readTimeoutSeconds());
    http.setWriteTimeout(settings.readTimeoutSeconds());
    // A client set here replaces the SDK's own, so it carries the same timeouts.
    http.setHttpClient(HTTP_CLIENT.newBuilder()
        .connectTimeout(settings.connectTimeoutSeconds(), TimeUnit.SECONDS)
        .readTimeout(settings.readTimeoutSeconds(), TimeUnit.SECONDS)
        .writeTimeout(settings.readTimeoutSeconds(), TimeUnit.SECONDS)
        .build());
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(http);
    profile.setLanguage(Language.EN_US);
    return profile;
  }

  @Override
  public CreatedNode createVirtualNode(CreateNodeRequest request) {
    String action = "CreateClusterVirtualNode";
    JsonObject response = call(action, request.toTkeParameters());
    return new CreatedNode(text(response, "NodeName"), text(response, "RequestId"));
  }

  @Override
  public Listing<VirtualNode> describeVirtualNodes(String clusterId, String nodePoolId,
      List<String> nodeNames) {
    JsonObject parameters = new JsonObject();
    parameters.addProperty("ClusterId", clusterId);
    if (nodePoolId != null) {
      parameters.addProperty("NodePoolId", nodePoolId);
    }
    if (!nodeNames.isEmpty()) {
      JsonArray names = new JsonArray();
      nodeNames.forEach(names::add);
      parameters.add("NodeNames", names);
    }
    JsonObject response = call("DescribeClusterVirtualNode", parameters);
    List<VirtualNode> nodes = new ArrayList<>();
    for (JsonElement element : array(response, "Nodes")) {
      JsonObject node = element.getAsJsonObject();
      nodes.add(new VirtualNode(text(node, "Name"), text(node, "SubnetId"),
          text(node, "Phase"), text(node, "CreatedTime")));
    }
    return new Listing<>(nodes, count(response, nodes.size()), text(response, "RequestId"));
  }

  @Override
  public Listing<VirtualNodePool> describeVirtualNodePools(String clusterId) {
    JsonObject parameters = new JsonObject();
    parameters.addProperty("ClusterId", clusterId);
    JsonObject response = call("DescribeClusterVirtualNodePools", parameters);
    List<VirtualNodePool> pools = new ArrayList<>();
    for (JsonElement element : array(response, "NodePoolSet")) {
      pools.add(pool(element.getAsJsonObject()));
    }
    return new Listing<>(pools, count(response, pools.size()), text(response, "RequestId"));
  }

  @Override
  public ClusterKubeconfig describeClusterKubeconfig(String clusterId, boolean extranet) {
    JsonObject parameters = new JsonObject();
    parameters.addProperty("ClusterId", clusterId);
    parameters.addProperty("IsExtranet", extranet);
    JsonObject response = call("DescribeClusterKubeconfig", parameters);
    return new ClusterKubeconfig(text(response, "Kubeconfig"), text(response, "RequestId"));
  }

  private static VirtualNodePool pool(JsonObject pool) {
    List<String> subnets = new ArrayList<>();
    for (JsonElement subnet : array(pool, "SubnetIds")) {
      subnets.add(subnet.getAsString());
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (JsonElement label : array(pool, "Labels")) {
      labels.put(text(label.getAsJsonObject(), "Name"), text(label.getAsJsonObject(), "Value"));
    }
    List<VirtualNodePool.Taint> taints = new ArrayList<>();
    for (JsonElement element : array(pool, "Taints")) {
      JsonObject taint = element.getAsJsonObject();
      taints.add(new VirtualNodePool.Taint(text(taint, "Key"), text(taint, "Value"),
          text(taint, "Effect")));
    }
    return new VirtualNodePool(text(pool, "NodePoolId"), text(pool, "Name"),
        text(pool, "LifeState"), subnets, labels, taints);
  }

  /** Sends one action and returns the {@code Response} object of a successful response. */
  private JsonObject call(String action, JsonObject parameters) {
    String body;
    try {
      body = client.call(action, parameters.toString());
    } catch (TencentCloudSDKException e) {
      throw translate(action, e);
    }
    return responseOf(action, body);
  }

  static JsonObject responseOf(String action, String body) {
    JsonObject response;
    try {
      JsonElement envelope = JsonParser.parseString(body);
      response = envelope.getAsJsonObject().getAsJsonObject("Response");
    } catch (JsonParseException | IllegalStateException | ClassCastException e) {
      throw new TkeException(action, TkeException.PARSE_ERROR,
          "TKE's response to " + action + " is not the JSON envelope TKE sends.", "", true, e);
    }
    if (response == null) {
      throw new TkeException(action, TkeException.PARSE_ERROR,
          "TKE's response to " + action + " has no Response object.", "", true, null);
    }
    JsonObject error = response.getAsJsonObject("Error");
    if (error != null) {
      throw TkeException.apiError(action, text(error, "Code"), text(error, "Message"),
          text(response, "RequestId"));
    }
    return response;
  }

  private static TkeException translate(String action, TencentCloudSDKException e) {
    Throwable cause = e.getCause();
    String code = e.getErrorCode() == null ? "" : e.getErrorCode();
    if (!code.isEmpty()) {
      // The SDK reports an HTTP status other than 200 this way; TKE may have applied the call.
      boolean unknown = code.equals(TkeException.SERVER_SIDE_ERROR);
      return new TkeException(action, code, action + " failed: " + e.getMessage(),
          e.getRequestId(), unknown, e);
    }
    if (cause instanceof JsonParseException) {
      // The SDK reads the body itself before we see it; a garbled body may follow an applied call.
      return new TkeException(action, TkeException.PARSE_ERROR, "TKE's response to " + action
          + " is not the JSON envelope TKE sends.", "", true, e);
    }
    if (cause instanceof InterruptedIOException) {
      return new TkeException(action, TkeException.TIMEOUT, action
          + " timed out before TKE responded.", "", true, e);
    }
    // The SDK's own messages name Java exception classes, which callers must not see; the
    // cause stays attached for the log.
    if (cause instanceof IOException) {
      return new TkeException(action, TkeException.NETWORK_ERROR, action
          + " failed: the connection to TKE failed or closed before TKE responded.", "", true, e);
    }
    return new TkeException(action, TkeException.NETWORK_ERROR, action
        + " failed before TKE responded.", e.getRequestId(), true, e);
  }

  private static String text(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  private static JsonArray array(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || !value.isJsonArray() ? new JsonArray() : value.getAsJsonArray();
  }

  private static long count(JsonObject response, int fallback) {
    JsonElement value = response.get("TotalCount");
    return value == null || value.isJsonNull() ? fallback : value.getAsLong();
  }
}
