package com.supernode.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanariesTest {
  @Test
  void fullSecretKeyIsFound() {
    assertEquals(List.of("secretKey", "marker"),
        Canaries.foundIn("Authorization: key=" + Canaries.SECRET_KEY));
  }

  @Test
  void truncatedTokenIsFoundByMarker() {
    String cut = Canaries.SESSION_TOKEN.substring(0, Canaries.MARKER.length() + 3);

    assertEquals(List.of("marker"), Canaries.foundIn("X-TC-Token: " + cut + "..."));
  }

  @Test
  void cleanTextHasNoCanary() {
    assertEquals(List.of(), Canaries.foundIn("{\"Response\":{\"RequestId\":\"abc\"}}"));
  }

  @Test
  void redactedTextHasNoCanary() {
    String redacted = Canaries.redact("id " + Canaries.SECRET_ID + " key " + Canaries.SECRET_KEY);

    assertEquals("id <canary secretId> key <canary secretKey>", redacted);
    assertFalse(redacted.contains(Canaries.MARKER));
  }

  @Test
  void canaryWorldUsesCanaryCredentials() {
    assertEquals(Canaries.SECRET_ID, Canaries.world().secretId());
    assertEquals(Canaries.SECRET_KEY, Canaries.world().secretKey());
    assertEquals(Canaries.SESSION_TOKEN, Canaries.world().token().orElseThrow());
  }
}
