package com.supernode.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The steps of Tencent Cloud's TC3-HMAC-SHA256 request signature, shared by the verifier and by
 * tests that forge requests.
 */
final class Tc3Signer {
  static final String ALGORITHM = "TC3-HMAC-SHA256";
  static final String TERMINATOR = "tc3_request";
  static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

  private Tc3Signer() {}

  /**
   * Builds the canonical request. {@code canonicalHeaders} is the {@code name:value\n} lines of
   * the signed headers in the order of {@code signedHeaders}.
   */
  static String canonicalRequest(
      String method,
      String path,
      String rawQuery,
      String canonicalHeaders,
      String signedHeaders,
      String payloadHash) {
    return method + "\n" + path + "\n" + rawQuery + "\n" + canonicalHeaders + "\n"
        + signedHeaders + "\n" + payloadHash;
  }

  static String stringToSign(long timestamp, String credentialScope, String canonicalRequest) {
    return ALGORITHM + "\n" + timestamp + "\n" + credentialScope + "\n"
        + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  static String credentialScope(String date, String service) {
    return date + "/" + service + "/" + TERMINATOR;
  }

  /** Derives the signing key from the secret key and returns the hex signature. */
  static String signature(String secretKey, String date, String service, String stringToSign) {
    byte[] dateKey = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    byte[] serviceKey = hmac(dateKey, service);
    byte[] signingKey = hmac(serviceKey, TERMINATOR);
    return hex(hmac(signingKey, stringToSign));
  }

  static String authorization(
      String secretId, String credentialScope, String signedHeaders, String signature) {
    return ALGORITHM + " Credential=" + secretId + "/" + credentialScope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
  }

  static String sha256Hex(byte[] data) {
    try {
      return hex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      text.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return text.toString();
  }
}
