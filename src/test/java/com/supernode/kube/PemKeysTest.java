package com.supernode.kube;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;

/** Reads keys written the ways kubeconfig files carry them; BouncyCastle writes the old forms. */
class PemKeysTest {
  private static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static KeyPair ec() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  /** Writes {@code keys} as BouncyCastle does: PKCS #1 for RSA, SEC 1 for EC. */
  private static String legacyPem(KeyPair keys) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(keys);
    }
    return text.toString();
  }

  private static String pkcs8Pem(PrivateKey key) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(key.getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  @Test
  void readsPkcs8Rsa() throws GeneralSecurityException {
    PrivateKey key = rsa().getPrivate();

    assertArrayEquals(key.getEncoded(), PemKeys.privateKey(pkcs8Pem(key)).getEncoded());
  }

  @Test
  void readsPkcs1Rsa() throws GeneralSecurityException, IOException {
    KeyPair keys = rsa();
    String pem = legacyPem(keys);

    PrivateKey key = PemKeys.privateKey(pem);

    assertEquals(true, pem.contains("BEGIN RSA PRIVATE KEY"));
    assertArrayEquals(keys.getPrivate().getEncoded(), key.getEncoded());
  }

  /** Writes a SEC 1 key that names its curve, as OpenSSL and Go write them. */
  private static String sec1Pem(KeyPair keys) throws IOException {
    java.math.BigInteger secret = ((java.security.interfaces.ECPrivateKey) keys.getPrivate())
        .getS();
    byte[] der = new org.bouncycastle.asn1.sec.ECPrivateKey(256, secret,
        org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp256r1).getEncoded();
    return "-----BEGIN EC PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
        + "\n-----END EC PRIVATE KEY-----\n";
  }

  @Test
  void readsSec1Ec() throws GeneralSecurityException, IOException {
    KeyPair keys = ec();

    PrivateKey key = PemKeys.privateKey(sec1Pem(keys));

    assertEquals("EC", key.getAlgorithm());
    assertEquals(((java.security.interfaces.ECPrivateKey) keys.getPrivate()).getS(),
        ((java.security.interfaces.ECPrivateKey) key).getS());
  }

  @Test
  void readsPkcs8Ec() throws GeneralSecurityException {
    PrivateKey key = ec().getPrivate();

    assertEquals("EC", PemKeys.privateKey(pkcs8Pem(key)).getAlgorithm());
  }

  @Test
  void rejectsTextWithoutKey() {
    KubeconfigException e = assertThrows(KubeconfigException.class,
        () -> PemKeys.privateKey("-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----"));

    assertEquals("the client key is not a PEM PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY",
        e.getMessage());
  }

  @Test
  void rejectsGarbledKey() {
    KubeconfigException e = assertThrows(KubeconfigException.class,
        () -> PemKeys.privateKey("-----BEGIN RSA PRIVATE KEY-----\nQUJD\n"
            + "-----END RSA PRIVATE KEY-----"));

    assertEquals(true, e.getMessage().startsWith("the client key cannot be read"));
  }

  @Test
  void rejectsBlockWithoutEnd() {
    assertThrows(KubeconfigException.class,
        () -> PemKeys.privateKey("-----BEGIN PRIVATE KEY-----\nQUJD\n"));
  }
}
