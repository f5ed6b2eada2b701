package com.supernode.kube;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Reads private keys from PEM with the JDK alone: PKCS #8 ({@code PRIVATE KEY}), and the older
 * PKCS #1 RSA ({@code RSA PRIVATE KEY}) and SEC 1 EC ({@code EC PRIVATE KEY}) forms that
 * kubeconfig files often carry, which are rewrapped as PKCS #8 first.
 */
final class PemKeys {
  /** DER of the rsaEncryption algorithm identifier with its NULL parameters. */
  private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48,
      (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
  /** DER of the id-ecPublicKey object identifier. */
  private static final byte[] EC_PUBLIC_KEY = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48,
      (byte) 0xce, 0x3d, 0x02, 0x01};
  private static final byte[] VERSION_ZERO = {0x02, 0x01, 0x00};

  private PemKeys() {}

  /** Returns the DER bodies of every PEM block labelled {@code label}, in order. */
  static List<byte[]> blocks(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    List<byte[]> blocks = new ArrayList<>();
    int from = pem.indexOf(begin);
    while (from >= 0) {
      int to = pem.indexOf(end, from);
      if (to < 0) {
        throw new KubeconfigException("a PEM " + label + " block has no END line");
      }
      String body = pem.substring(from + begin.length(), to);
      try {
        blocks.add(Base64.getMimeDecoder().decode(body.getBytes(StandardCharsets.US_ASCII)));
      } catch (IllegalArgumentException e) {
        throw new KubeconfigException("a PEM " + label + " block is not base64", e);
      }
      from = pem.indexOf(begin, to);
    }
    return blocks;
  }

  /**
   * Reads the first private key in {@code pem}.
   *
   * @throws KubeconfigException when there is none or it cannot be read
   */
  static PrivateKey privateKey(String pem) {
    try {
      List<byte[]> pkcs8 = blocks(pem, "PRIVATE KEY");
      if (!pkcs8.isEmpty()) {
        return pkcs8Key(pkcs8.get(0));
      }
      List<byte[]> rsa = blocks(pem, "RSA PRIVATE KEY");
      if (!rsa.isEmpty()) {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
            sequence(VERSION_ZERO, RSA_ALGORITHM, octetString(rsa.get(0)))));
      }
      List<byte[]> ec = blocks(pem, "EC PRIVATE KEY");
      if (!ec.isEmpty()) {
        byte[] algorithm = sequence(EC_PUBLIC_KEY, curveOf(ec.get(0)));
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(
            sequence(VERSION_ZERO, algorithm, octetString(ec.get(0)))));
      }
    } catch (GeneralSecurityException | IndexOutOfBoundsException e) {
      throw new KubeconfigException("the client key cannot be read: " + e.getMessage(), e);
    }
    throw new KubeconfigException("the client key is not a PEM PRIVATE KEY, RSA PRIVATE KEY "
        + "or EC PRIVATE KEY");
  }

  private static PrivateKey pkcs8Key(byte[] der) throws GeneralSecurityException {
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException wrongAlgorithm) {
        // Try the next algorithm; PKCS #8 names it inside, but KeyFactory needs it up front.
      }
    }
    throw new GeneralSecurityException("the PKCS #8 key is not RSA, EC or Ed25519");
  }

  /**
   * Returns the named-curve OID from a SEC 1 ECPrivateKey: SEQUENCE { version, privateKey,
   * [0] parameters, [1] publicKey }.
   */
  private static byte[] curveOf(byte[] sec1) throws GeneralSecurityException {
    int offset = headerLength(sec1, 0);
    while (offset < sec1.length) {
      int length = headerLength(sec1, offset) + contentLength(sec1, offset);
      if ((sec1[offset] & 0xff) == 0xa0) {
        int inner = offset + headerLength(sec1, offset);
        return Arrays.copyOfRange(sec1, inner, inner + headerLength(sec1, inner)
            + contentLength(sec1, inner));
      }
      offset += length;
    }
    throw new GeneralSecurityException("the EC key does not name its curve");
  }

  private static int headerLength(byte[] der, int offset) {
    int first = der[offset + 1] & 0xff;
    return first < 0x80 ? 2 : 2 + (first & 0x7f);
  }

  private static int contentLength(byte[] der, int offset) {
    int first = der[offset + 1] & 0xff;
    if (first < 0x80) {
      return first;
    }
    int length = 0;
    for (int i = 0; i < (first & 0x7f); i++) {
      length = (length << 8) | (der[offset + 2 + i] & 0xff);
    }
    return length;
  }

  private static byte[] sequence(byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      content.writeBytes(part);
    }
    return tagged(0x30, content.toByteArray());
  }

  private static byte[] octetString(byte[] content) {
    return tagged(0x04, content);
  }

  private static byte[] tagged(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = 1;
      while (bytes < 4 && length >>> (8 * bytes) != 0) {
        bytes++;
      }
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }
}
