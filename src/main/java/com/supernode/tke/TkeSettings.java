package com.supernode.tke;

import com.supernode.config.InvalidSettingException;
import com.supernode.config.ScfLimits;
import com.supernode.config.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where and how the functions call TKE: region, endpoint and timeouts.
 *
 * <p>Timeouts are whole seconds because the SDK's HttpProfile takes seconds, at most SCF's
 * longest time limit. The read timeout must be set: the SDK's default of 0 means a call can
 * wait forever.
 */
public final class TkeSettings {
  /** Explicit region setting; takes precedence over SCF's own {@code TENCENTCLOUD_REGION}. */
  public static final String REGION = "TKE_REGION";
  public static final String SCF_REGION = "TENCENTCLOUD_REGION";
  /** TKE's endpoint as a URL; plain http is accepted only for a loopback emulator. */
  public static final String ENDPOINT = "TKE_ENDPOINT";
  public static final String CONNECT_TIMEOUT_SECONDS = "TKE_CONNECT_TIMEOUT_SECONDS";
  public static final String READ_TIMEOUT_SECONDS = "TKE_READ_TIMEOUT_SECONDS";
  public static final String DEFAULT_ENDPOINT = "https://tke.tencentcloudapi.com";
  public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 3;
  public static final int DEFAULT_READ_TIMEOUT_SECONDS = 10;

  private final String region;
  private final boolean https;
  private final String hostAndPort;
  private final int connectTimeoutSeconds;
  private final int readTimeoutSeconds;

  public TkeSettings(String region, String endpointUrl, int connectTimeoutSeconds,
      int readTimeoutSeconds) {
    this.region = region;
    URI uri = parseEndpoint(endpointUrl);
    this.https = uri.getScheme().equals("https");
    this.hostAndPort = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    this.connectTimeoutSeconds = connectTimeoutSeconds;
    this.readTimeoutSeconds = readTimeoutSeconds;
  }

  /** Reads the settings; the region is required, everything else has a default. */
  public static TkeSettings from(Settings settings) {
    String region = settings.get(REGION).or(() -> settings.get(SCF_REGION)).orElseThrow(
        () -> InvalidSettingException.missing(SCF_REGION, "the TKE region, such as "
            + "ap-guangzhou (SCF sets it; set " + REGION + " to choose another)"));
    return new TkeSettings(region,
        settings.get(ENDPOINT, DEFAULT_ENDPOINT),
        connectTimeoutSeconds(settings),
        readTimeoutSeconds(settings));
  }

  /** Reads {@value #CONNECT_TIMEOUT_SECONDS}, which needs no region or endpoint. */
  public static int connectTimeoutSeconds(Settings settings) {
    return settings.getInt(CONNECT_TIMEOUT_SECONDS, DEFAULT_CONNECT_TIMEOUT_SECONDS, 1,
        ScfLimits.MAX_TIME_LIMIT_SECONDS);
  }

  /** Reads {@value #READ_TIMEOUT_SECONDS}, which needs no region or endpoint. */
  public static int readTimeoutSeconds(Settings settings) {
    return settings.getInt(READ_TIMEOUT_SECONDS, DEFAULT_READ_TIMEOUT_SECONDS, 1,
        ScfLimits.MAX_TIME_LIMIT_SECONDS);
  }

  private static URI parseEndpoint(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidSettingException(ENDPOINT, url, "a URL such as " + DEFAULT_ENDPOINT, e);
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || scheme == null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new InvalidSettingException(ENDPOINT, url, "a URL such as " + DEFAULT_ENDPOINT,
          null);
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new InvalidSettingException(ENDPOINT, url,
          "https, because plain http is allowed only for a local emulator on 127.0.0.1", null);
    }
    return uri;
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("[::1]") || host.startsWith("127.");
  }

  public String region() {
    return region;
  }

  public boolean https() {
    return https;
  }

  /** The endpoint as the SDK takes it: host, and port when the URL has one. */
  public String hostAndPort() {
    return hostAndPort;
  }

  public int connectTimeoutSeconds() {
    return connectTimeoutSeconds;
  }

  public int readTimeoutSeconds() {
    return readTimeoutSeconds;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TkeSettings)) {
      return false;
    }
    TkeSettings that = (TkeSettings) other;
    return region.equals(that.region) && https == that.https
        && hostAndPort.equals(that.hostAndPort)
        && connectTimeoutSeconds == that.connectTimeoutSeconds
        && readTimeoutSeconds == that.readTimeoutSeconds;
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, https, hostAndPort, connectTimeoutSeconds, readTimeoutSeconds);
  }
}
