package com.supernode.kube;

import java.net.URI;
import java.util.Optional;

/**
 * How to reach one cluster's API server: its URL, the CA that signs its certificate, and the
 * client's credentials (a bearer token, or a client certificate and key). {@link #toString()}
 * never shows the credentials.
 */
public final class KubeAccess {
  private final URI server;
  private final String caPem;
  private final String token;
  private final String clientCertificatePem;
  private final String clientKeyPem;

  private KubeAccess(URI server, String caPem, String token, String clientCertificatePem,
      String clientKeyPem) {
    this.server = server;
    this.caPem = caPem;
    this.token = token;
    this.clientCertificatePem = clientCertificatePem;
    this.clientKeyPem = clientKeyPem;
  }

  /** Creates access with a bearer token; a null CA means the JDK's default trust store. */
  public static KubeAccess withToken(URI server, String caPem, String token) {
    return new KubeAccess(server, caPem, token, null, null);
  }

  /** Creates access with a client certificate and its private key, both PEM. */
  public static KubeAccess withClientCertificate(URI server, String caPem,
      String certificatePem, String keyPem) {
    return new KubeAccess(server, caPem, null, certificatePem, keyPem);
  }

  public URI server() {
    return server;
  }

  /** Returns the PEM certificates to trust, or empty to use the JDK's default trust store. */
  public Optional<String> caPem() {
    return Optional.ofNullable(caPem);
  }

  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  public Optional<String> clientCertificatePem() {
    return Optional.ofNullable(clientCertificatePem);
  }

  public Optional<String> clientKeyPem() {
    return Optional.ofNullable(clientKeyPem);
  }

  @Override
  public String toString() {
    return "KubeAccess[server=" + server + ", credentials redacted]";
  }
}
