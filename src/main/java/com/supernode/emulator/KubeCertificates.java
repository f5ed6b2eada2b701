package com.supernode.emulator;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificates of the emulated Kubernetes API servers. A CA made for this JVM signs a
 * server certificate for 127.0.0.1 and a client certificate whose RSA key is written in
 * PKCS #1 form, as TKE's kubeconfig files carry one.
 *
 * <p>They are made once per JVM on first use, because making keys is the slow part of starting
 * an emulator and nothing outside this JVM trusts them.
 */
final class KubeCertificates {
  private static final Duration VALIDITY = Duration.ofDays(2);
  private static final AtomicLong SERIAL = new AtomicLong(1);
  private static final char[] NO_PASSWORD = new char[0];
  private static volatile KubeCertificates shared;

  private final KeyPair caKeys;
  private final X509Certificate caCertificate;
  private final KeyPair serverKeys;
  private final X509Certificate serverCertificate;
  private final KeyPair clientKeys;
  private final X509Certificate clientCertificate;

  private KubeCertificates()
      throws GeneralSecurityException, OperatorCreationException, IOException {
    Instant now = Instant.now();
    caKeys = ecKeys();
    X500Name caName = new X500Name("CN=supernode-emulator-ca");
    caCertificate = sign(new JcaX509v3CertificateBuilder(caName, serial(), start(now),
        end(now), caName, caKeys.getPublic())
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
        .addExtension(Extension.keyUsage, true,
            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
    serverKeys = ecKeys();
    serverCertificate = sign(new JcaX509v3CertificateBuilder(caName, serial(), start(now),
        end(now), new X500Name("CN=kube-apiserver"), serverKeys.getPublic())
        .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
            new GeneralName[] {new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.dNSName, "localhost")}))
        .addExtension(Extension.extendedKeyUsage, false,
            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth)));
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    clientKeys = rsa.generateKeyPair();
    clientCertificate = sign(new JcaX509v3CertificateBuilder(caName, serial(), start(now),
        end(now), new X500Name("CN=100000000001"), clientKeys.getPublic())
        .addExtension(Extension.extendedKeyUsage, false,
            new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)));
  }

  /** Returns the certificates of this JVM, making them on first use. */
  static KubeCertificates shared() {
    KubeCertificates certificates = shared;
    if (certificates == null) {
      synchronized (KubeCertificates.class) {
        if (shared == null) {
          try {
            shared = new KubeCertificates();
          } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make the emulator's certificates: " + e, e);
          }
        }
        certificates = shared;
      }
    }
    return certificates;
  }

  /** Returns a server TLS context that presents the 127.0.0.1 certificate and trusts the CA. */
  SSLContext serverContext() {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry("server", serverKeys.getPrivate(), NO_PASSWORD,
          new X509Certificate[] {serverCertificate, caCertificate});
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, NO_PASSWORD);
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("ca", caCertificate);
      TrustManagerFactory trustManagers =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trustManagers.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the emulator's TLS context: " + e, e);
    }
  }

  String caPem() {
    return pem(caCertificate);
  }

  String clientCertificatePem() {
    return pem(clientCertificate);
  }

  /** Returns the client key as {@code RSA PRIVATE KEY} (PKCS #1). */
  String clientKeyPem() {
    return pem(clientKeys);
  }

  X509Certificate caCertificate() {
    return caCertificate;
  }

  private static KeyPair ecKeys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private X509Certificate sign(X509v3CertificateBuilder builder)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter().getCertificate(builder.build(
        new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
  }

  private static BigInteger serial() {
    return BigInteger.valueOf(SERIAL.getAndIncrement());
  }

  /** Backdates the start an hour, so clients whose clocks lag a little still accept it. */
  private static Date start(Instant now) {
    return Date.from(now.minus(Duration.ofHours(1)));
  }

  private static Date end(Instant now) {
    return Date.from(now.plus(VALIDITY));
  }

  private static String pem(Object object) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write PEM: " + e, e);
    }
    return text.toString();
  }
}
