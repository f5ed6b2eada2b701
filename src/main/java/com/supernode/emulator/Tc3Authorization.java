package com.supernode.emulator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of an {@code Authorization: TC3-HMAC-SHA256 Credential=...} header. */
final class Tc3Authorization {
  private static final List<String> PARTS = List.of("Credential", "SignedHeaders", "Signature");

  private final String secretId;
  private final String date;
  private final String service;
  private final List<String> signedHeaders;
  private final String signature;

  private Tc3Authorization(
      String secretId, String date, String service, List<String> signedHeaders,
      String signature) {
    this.secretId = secretId;
    this.date = date;
    this.service = service;
    this.signedHeaders = signedHeaders;
    this.signature = signature;
  }

  /** Parses the header, throwing {@code AuthFailure.InvalidAuthorization} if it is malformed. */
  static Tc3Authorization parse(String header) {
    Map<String, String> parts = parts(header);
    String[] scope = parts.get("Credential").split("/");
    if (scope.length != 4 || !scope[3].equals(Tc3Signer.TERMINATOR)) {
      throw malformed("Credential must be SecretId/date/service/tc3_request");
    }

    String signedHeaders = parts.get("SignedHeaders").toLowerCase(Locale.ROOT);
    List<String> headers = Arrays.asList(signedHeaders.split(";"));
    if (!headers.contains("content-type") || !headers.contains("host")) {
      throw malformed("SignedHeaders must include content-type and host");
    }
    return new Tc3Authorization(scope[0], scope[1], scope[2], headers, parts.get("Signature"));
  }

  private static Map<String, String> parts(String header) {
    String prefix = Tc3Signer.ALGORITHM + " ";
    if (!header.startsWith(prefix)) {
      throw malformed("it does not start with " + Tc3Signer.ALGORITHM);
    }
    Map<String, String> parts = new HashMap<>();
    for (String part : header.substring(prefix.length()).split(",")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length != 2 || !PARTS.contains(pair[0])) {
        throw malformed("'" + part.trim() + "' is not one of Credential=, SignedHeaders=,"
            + " Signature=");
      }
      parts.put(pair[0], pair[1]);
    }
    if (!parts.keySet().containsAll(PARTS)) {
      throw malformed("it needs Credential, SignedHeaders and Signature");
    }
    return parts;
  }

  private static TkeApiError malformed(String problem) {
    return new TkeApiError(ErrorCodes.INVALID_AUTHORIZATION,
        "the Authorization header is malformed: " + problem);
  }

  String secretId() {
    return secretId;
  }

  String date() {
    return date;
  }

  String service() {
    return service;
  }

  List<String> signedHeaders() {
    return signedHeaders;
  }

  String signature() {
    return signature;
  }
}
