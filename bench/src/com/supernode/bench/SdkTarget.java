package com.supernode.bench;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import java.net.URI;
import java.util.Map;

/**
 * The emulator as the bare-SDK baselines reach it: endpoint, region and keys under the same
 * names the handler reads, with the same client profile as the handler's gateway. Only a
 * plain-http endpoint on 127.0.0.1 is accepted, so no baseline can fall back to a real Tencent
 * Cloud endpoint.
 */
final class SdkTarget {
  final String hostAndPort;
  final String region;
  final Credential credential;

  private SdkTarget(String hostAndPort, String region, Credential credential) {
    this.hostAndPort = hostAndPort;
    this.region = region;
    this.credential = credential;
  }

  static SdkTarget fromEnvironment() {
    return of(System.getenv());
  }

  /** Reads the target from {@code settings}, which has the same names as the environment. */
  static SdkTarget of(Map<String, String> settings) {
    URI endpoint = URI.create(required(settings, "TKE_ENDPOINT"));
    if (!"http".equals(endpoint.getScheme()) || !"127.0.0.1".equals(endpoint.getHost())
        || endpoint.getPort() < 0) {
      throw new IllegalArgumentException("TKE_ENDPOINT must be http://127.0.0.1:PORT, found "
          + endpoint);
    }
    Credential credential = new Credential(required(settings, "TENCENTCLOUD_SECRETID"),
        required(settings, "TENCENTCLOUD_SECRETKEY"));
    return new SdkTarget(endpoint.getHost() + ":" + endpoint.getPort(),
        required(settings, "TKE_REGION"), credential);
  }

  /** Returns a profile like the handler's gateway builds: http, 3 s connect, 10 s read. */
  ClientProfile profile() {
    HttpProfile http = new HttpProfile();
    http.setEndpoint(hostAndPort);
    http.setProtocol(HttpProfile.REQ_HTTP);
    http.setConnTimeout(3);
    http.setReadTimeout(10);
    http.setWriteTimeout(10);
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(http);
    profile.setLanguage(Language.EN_US);
    return profile;
  }

  private static String required(Map<String, String> settings, String name) {
    String value = settings.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("setting " + name + " is missing");
    }
    return value;
  }
}
