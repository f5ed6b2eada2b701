package com.supernode.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Checks a request's TC3-HMAC-SHA256 signature, timestamp and session token, throwing the
 * {@link TkeApiError} that Tencent Cloud returns.
 *
 * <p>The signing service name is taken from the credential scope, and either {@code tke} or the
 * first dot-label of the Host header is accepted. The Java SDK signs with that label for a custom
 * endpoint, so with endpoint {@code 127.0.0.1:PORT} it signs for service {@code 127}.
 */
final class SignatureVerifier {
  private static final DateTimeFormatter SCOPE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final String secretId;
  private final String secretKey;
  private final String token;
  private final long maxClockSkewSeconds;

  SignatureVerifier(EmulatorWorld world) {
    this.secretId = world.secretId();
    this.secretKey = world.secretKey();
    this.token = world.token().orElse(null);
    this.maxClockSkewSeconds = world.maxClockSkewSeconds();
  }

  void verify(IncomingRequest request, Instant now) {
    String header = request.header(IncomingRequest.AUTHORIZATION);
    if (header == null) {
      throw new TkeApiError(ErrorCodes.INVALID_AUTHORIZATION,
          "the Authorization header is missing; sign the request with TC3-HMAC-SHA256");
    }
    Tc3Authorization authorization = Tc3Authorization.parse(header);
    long timestamp = timestamp(request);
    if (!authorization.secretId().equals(secretId)) {
      throw new TkeApiError(ErrorCodes.SECRET_ID_NOT_FOUND,
          "the SecretId in the Authorization header is not known to this emulator");
    }
    checkSkew(timestamp, now);
    checkScope(authorization, timestamp, request);
    checkSignature(authorization, timestamp, request);
    checkToken(request.header(IncomingRequest.TOKEN));
  }

  private static long timestamp(IncomingRequest request) {
    String text = request.header(IncomingRequest.TIMESTAMP);
    if (text == null) {
      throw new TkeApiError(ErrorCodes.MISSING_PARAMETER, "the X-TC-Timestamp header is missing");
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new TkeApiError(ErrorCodes.INVALID_PARAMETER,
          "X-TC-Timestamp must be Unix time in seconds, found '" + text + "'");
    }
  }

  private void checkSkew(long timestamp, Instant now) {
    long skew = Math.abs(now.getEpochSecond() - timestamp);
    if (maxClockSkewSeconds > 0 && skew > maxClockSkewSeconds) {
      throw new TkeApiError(ErrorCodes.SIGNATURE_EXPIRE, "X-TC-Timestamp " + timestamp + " is "
          + skew + " s from the server time " + now.getEpochSecond() + "; the limit is "
          + maxClockSkewSeconds + " s. Check the client clock.");
    }
  }

  private static void checkScope(
      Tc3Authorization authorization, long timestamp, IncomingRequest request) {
    String expectedDate = SCOPE_DATE.format(Instant.ofEpochSecond(timestamp));
    if (!authorization.date().equals(expectedDate)) {
      throw new TkeApiError(ErrorCodes.SIGNATURE_FAILURE, "the credential scope date "
          + authorization.date() + " is not the UTC date of X-TC-Timestamp, " + expectedDate);
    }
    String host = request.header("host") == null ? "" : request.header("host");
    String hostLabel = host.split("\\.", 2)[0];
    String service = authorization.service();
    if (!service.equals("tke") && !service.equals(hostLabel)) {
      throw new TkeApiError(ErrorCodes.INVALID_AUTHORIZATION, "the credential scope service '"
          + service + "' is neither tke nor the first label of the Host header '" + host + "'");
    }
  }

  private void checkSignature(
      Tc3Authorization authorization, long timestamp, IncomingRequest request) {
    String host = request.header("host") == null ? "" : request.header("host");
    if (signatureMatches(authorization, timestamp, request, host)) {
      return;
    }
    // The Node.js SDK (tencentcloud-sdk-nodejs 4.1) signs the endpoint's host without its port
    // but sends the port in the Host header, so a loopback emulator accepts either form.
    int colon = host.lastIndexOf(':');
    if (colon > 0 && signatureMatches(authorization, timestamp, request,
        host.substring(0, colon))) {
      return;
    }
    throw new TkeApiError(ErrorCodes.SIGNATURE_FAILURE, "the request signature does not match;"
        + " check the SecretKey and that the signed headers and body are sent unchanged");
  }

  private boolean signatureMatches(Tc3Authorization authorization, long timestamp,
      IncomingRequest request, String host) {
    String canonicalRequest = Tc3Signer.canonicalRequest(
        request.method(),
        request.path(),
        request.method().equals("GET") ? request.rawQuery() : "",
        canonicalHeaders(authorization.signedHeaders(), request, host),
        String.join(";", authorization.signedHeaders()),
        payloadHash(request));
    String scope = Tc3Signer.credentialScope(authorization.date(), authorization.service());
    String stringToSign = Tc3Signer.stringToSign(timestamp, scope, canonicalRequest);
    String expected = Tc3Signer.signature(
        secretKey, authorization.date(), authorization.service(), stringToSign);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        authorization.signature().getBytes(StandardCharsets.US_ASCII));
  }

  private static String canonicalHeaders(List<String> names, IncomingRequest request,
      String host) {
    StringBuilder lines = new StringBuilder();
    for (String name : names) {
      String value = name.equals("host") ? host : request.header(name);
      lines.append(name).append(':')
          .append(value == null ? "" : value.trim().toLowerCase(Locale.ROOT)).append('\n');
    }
    return lines.toString();
  }

  private static String payloadHash(IncomingRequest request) {
    if (Tc3Signer.UNSIGNED_PAYLOAD.equals(request.header(IncomingRequest.CONTENT_SHA256))) {
      return Tc3Signer.sha256Hex(Tc3Signer.UNSIGNED_PAYLOAD.getBytes(StandardCharsets.UTF_8));
    }
    return Tc3Signer.sha256Hex(request.body());
  }

  private void checkToken(String sent) {
    if (token == null && sent != null && !sent.isEmpty()) {
      throw new TkeApiError(ErrorCodes.TOKEN_FAILURE,
          "X-TC-Token was sent, but these credentials are permanent and take no token");
    }
    if (token != null && !token.equals(sent)) {
      throw new TkeApiError(ErrorCodes.TOKEN_FAILURE, sent == null
          ? "X-TC-Token is missing; these temporary credentials need their session token"
          : "X-TC-Token is invalid or expired");
    }
  }
}
