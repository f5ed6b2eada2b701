package com.supernode.bench;

import com.qcloud.scf.runtime.Context;
import com.tencentcloudapi.common.CommonClient;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.net.ssl.SSLContext;

/**
 * Splits a cold create into the steps a fresh JVM goes through, in the order the handler meets
 * them, and prints each step's time: {@code STEP name=micros} lines on stderr.
 *
 * <p>Each step pays for the classes it is the first to load, so a step's time is what it adds
 * on top of the steps before it. After the handler's construction come Gson's first instance
 * (the handler's event decoder and the SDK both build one) and an invalid request, which runs
 * the handler's own code without the SDK. The steps after it replay what the SDK's
 * {@code AbstractClient} constructor does (commons-logging, the shared OkHttp client, the
 * {@code warmup()} of {@code Mac} and {@code SSLContext}), then one raw SDK call, then the
 * handler's own create, which by then finds every class loaded.
 *
 * <p>Usage: {@code ColdSteps HANDLER_CLASS CLUSTER_ID NODE_POOL_ID SUBNET_ID SUBNET_ID_2}.
 */
public final class ColdSteps {
  private static long last;

  private ColdSteps() {}

  public static void main(String[] args) throws Exception {
    last = System.nanoTime();
    Class<?> type = Class.forName(args[0]);
    Object handler = type.getConstructor().newInstance();
    Method handle = type.getMethod("handle", Map.class, Context.class);
    step("construct_handler");

    new com.google.gson.Gson().toJson(Map.of("warm", "up"));
    step("gson_first_instance");

    Map<String, Object> invalid = new LinkedHashMap<>();
    invalid.put("ClusterId", "not-a-cluster");
    handle.invoke(handler, invalid, new BenchContext("steps-invalid"));
    step("handle_invalid_request");

    org.apache.commons.logging.LogFactory.getLog(ColdSteps.class).isDebugEnabled();
    step("commons_logging");

    okhttp3.OkHttpClient client = new okhttp3.OkHttpClient();
    client.connectionPool();
    step("okhttp_client_tls_defaults");

    Mac.getInstance("HmacSHA256");
    SSLContext.getInstance("TLS").init(null, null, null);
    step("sdk_warmup_mac_sslcontext");

    SdkTarget target = SdkTarget.fromEnvironment();
    CommonClient common = new CommonClient("tke", "2018-05-25", target.credential,
        target.region, target.profile());
    step("sdk_commonclient_rest");

    String body = common.call("CreateClusterVirtualNode", "{\"ClusterId\":\"" + args[1]
        + "\",\"NodePoolId\":\"" + args[2] + "\",\"SubnetId\":\"" + args[3] + "\"}");
    step("sdk_first_call");

    Map<String, Object> event = new LinkedHashMap<>();
    event.put("ClusterId", args[1]);
    event.put("NodePoolId", args[2]);
    event.put("SubnetId", args[4]);
    Object result = handle.invoke(handler, event, new BenchContext("steps-create"));
    step("handler_create_after_all_above");

    boolean created = body.contains("NodeName") && String.valueOf(result).contains("NodeName");
    System.err.println("RESULT " + (created ? "created" : "failed: " + body + " / " + result));
    if (!created) {
      System.exit(1);
    }
  }

  private static void step(String name) {
    long now = System.nanoTime();
    System.err.println("STEP " + name + "=" + (now - last) / 1000);
    last = System.nanoTime();
  }
}
