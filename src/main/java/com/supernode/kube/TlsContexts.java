package com.supernode.kube;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the TLS context for one API server: it trusts only the kubeconfig's CA (or the JDK's
 * default trust store when there is none) and presents the client certificate when there is
 * one. Hostname verification stays with the HTTP client, which always does it.
 */
final class TlsContexts {
  private static final char[] NO_PASSWORD = new char[0];

  private TlsContexts() {}

  static SSLContext create(KubeAccess access) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers(access), trustManagers(access), null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new KubeconfigException("the TLS settings cannot be built: " + e.getMessage(), e);
    }
  }

  private static TrustManager[] trustManagers(KubeAccess access)
      throws GeneralSecurityException, java.io.IOException {
    if (access.caPem().isEmpty()) {
      return null;
    }
    List<X509Certificate> authorities = certificates(access.caPem().get(), "CA");
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    for (int i = 0; i < authorities.size(); i++) {
      store.setCertificateEntry("ca-" + i, authorities.get(i));
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory.getTrustManagers();
  }

  private static KeyManager[] keyManagers(KubeAccess access)
      throws GeneralSecurityException, java.io.IOException {
    if (access.clientCertificatePem().isEmpty()) {
      return null;
    }
    List<X509Certificate> chain = certificates(access.clientCertificatePem().get(), "client");
    PrivateKey key = PemKeys.privateKey(access.clientKeyPem().orElse(""));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("client", key, NO_PASSWORD, chain.toArray(new Certificate[0]));
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, NO_PASSWORD);
    return factory.getKeyManagers();
  }

  private static List<X509Certificate> certificates(String pem, String what)
      throws GeneralSecurityException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> certificates = new ArrayList<>();
    for (byte[] der : PemKeys.blocks(pem, "CERTIFICATE")) {
      certificates.add((X509Certificate) factory.generateCertificate(
          new ByteArrayInputStream(der)));
    }
    if (certificates.isEmpty()) {
      throw new KubeconfigException("the " + what + " certificate data contains no PEM "
          + "CERTIFICATE");
    }
    return certificates;
  }
}
