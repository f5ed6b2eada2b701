package com.supernode.emulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A TKE request built and signed by hand, so tests can send what the SDK never would: a wrong
 * key, a skewed timestamp, a tampered body, a missing header.
 */
final class RawRequest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private final TkeEmulator emulator;
  String action = DescribeVirtualNodePoolsAction.NAME;
  String version = RequestProcessor.API_VERSION;
  String region;
  String body = "{\"ClusterId\":\"" + SdkClients.CLUSTER + "\"}";
  String secretId;
  String secretKey;
  String service = "tke";
  String token;
  long timestamp = Instant.now().getEpochSecond();
  boolean omitTimestamp;
  /** The Authorization header to send instead of a signature; empty sends none. */
  String authorization;
  String bodySentInstead;
  /** The host to sign instead of the emulator's host and port. */
  String signedHost;

  RawRequest(TkeEmulator emulator) {
    this.emulator = emulator;
    this.region = emulator.region();
    this.secretId = emulator.secretId();
    this.secretKey = emulator.secretKey();
  }

  /** Signs the request unless {@link #authorization} is set, sends it, and returns the reply. */
  HttpResponse<String> send() throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
        .header("Content-Type", CONTENT_TYPE)
        .POST(HttpRequest.BodyPublishers.ofString(
            bodySentInstead == null ? body : bodySentInstead));
    String header = authorization == null ? sign() : authorization;
    addIfSet(request, "Authorization", header.isEmpty() ? null : header);
    addIfSet(request, "X-TC-Timestamp", omitTimestamp ? null : Long.toString(timestamp));
    addIfSet(request, "X-TC-Action", action);
    addIfSet(request, "X-TC-Version", version);
    addIfSet(request, "X-TC-Region", region);
    addIfSet(request, "X-TC-Token", token);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends the request and returns {@code Response.Error.Code}, or null for a success. */
  String sendForErrorCode() throws IOException, InterruptedException {
    JsonObject response = JsonParser.parseString(send().body()).getAsJsonObject()
        .getAsJsonObject("Response");
    return response.has("Error") ? response.getAsJsonObject("Error").get("Code").getAsString()
        : null;
  }

  String sign() {
    String date = DateTimeFormatter.ISO_LOCAL_DATE
        .format(Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC));
    String canonicalHeaders =
        "content-type:" + CONTENT_TYPE + "\nhost:"
            + (signedHost == null ? emulator.authority() : signedHost) + "\n";
    String canonicalRequest = Tc3Signer.canonicalRequest("POST", "/", "", canonicalHeaders,
        "content-type;host", Tc3Signer.sha256Hex(body.getBytes(StandardCharsets.UTF_8)));
    String scope = Tc3Signer.credentialScope(date, service);
    String stringToSign = Tc3Signer.stringToSign(timestamp, scope, canonicalRequest);
    String signature = Tc3Signer.signature(secretKey, date, service, stringToSign);
    return Tc3Signer.authorization(secretId, scope, "content-type;host", signature);
  }

  private static void addIfSet(HttpRequest.Builder request, String name, String value) {
    if (value != null) {
      request.header(name, value);
    }
  }
}
