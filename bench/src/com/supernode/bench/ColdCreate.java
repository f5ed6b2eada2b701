package com.supernode.bench;

import com.qcloud.scf.runtime.Context;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cold-start probe: loads a handler class by name as SCF's runtime does, builds it with its
 * no-argument constructor (which reads the function's settings from the environment), and
 * completes one direct invocation that creates a node.
 *
 * <p>Usage: {@code ColdCreate HANDLER_CLASS CLUSTER_ID NODE_POOL_ID SUBNET_ID}. The event map is
 * built by hand so that the probe loads no JSON library of its own before the handler does. It
 * prints {@code RESULT <map>} and {@code TIMING construct_us=.. handle_us=..} on stderr, and exits
 * with status 1 unless the result names the created node.
 */
public final class ColdCreate {
  private ColdCreate() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Class<?> type = Class.forName(args[0]);
    Object handler = type.getConstructor().newInstance();
    Method handle = type.getMethod("handle", Map.class, Context.class);
    long constructed = System.nanoTime();

    Map<String, Object> event = new LinkedHashMap<>();
    event.put("ClusterId", args[1]);
    event.put("NodePoolId", args[2]);
    event.put("SubnetId", args[3]);
    Object result = handle.invoke(handler, event, new BenchContext("cold-" + args[3]));
    long handled = System.nanoTime();

    System.err.println("RESULT " + result);
    System.err.println("TIMING construct_us=" + (constructed - started) / 1000
        + " handle_us=" + (handled - constructed) / 1000);
    if (!String.valueOf(result).contains("NodeName")) {
      System.exit(1);
    }
  }
}
