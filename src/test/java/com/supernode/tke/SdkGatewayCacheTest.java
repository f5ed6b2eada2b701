package com.supernode.tke;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SdkGatewayCacheTest {
  private static final TkeSettings SETTINGS =
      new TkeSettings("ap-guangzhou", "http://127.0.0.1:9", 3, 10);
  private static final RoleCredentials KEYS = new RoleCredentials("id-1", "key-1", "token-1");

  private final SdkGatewayCache cache = new SdkGatewayCache();

  @Test
  void equalSettingsAndKeysReuseGateway() {
    TkeGateway first = cache.factory(SETTINGS).open(KEYS);

    TkeGateway second = cache.factory(new TkeSettings("ap-guangzhou", "http://127.0.0.1:9", 3, 10))
        .open(new RoleCredentials("id-1", "key-1", "token-1"));

    assertSame(first, second);
  }

  @Test
  void rotatedTokenGetsNewGateway() {
    TkeGateway first = cache.factory(SETTINGS).open(KEYS);

    TkeGateway second =
        cache.factory(SETTINGS).open(new RoleCredentials("id-1", "key-1", "token-2"));

    assertNotSame(first, second);
  }

  @Test
  void rotatedKeyGetsNewGateway() {
    TkeGateway first = cache.factory(SETTINGS).open(KEYS);

    TkeGateway second =
        cache.factory(SETTINGS).open(new RoleCredentials("id-1", "key-2", "token-1"));

    assertNotSame(first, second);
  }

  @Test
  void changedTimeoutGetsNewGateway() {
    TkeGateway first = cache.factory(SETTINGS).open(KEYS);

    TkeGateway second = cache.factory(new TkeSettings("ap-guangzhou", "http://127.0.0.1:9", 3, 20))
        .open(KEYS);

    assertNotSame(first, second);
  }

  @Test
  void changedEndpointGetsNewGateway() {
    TkeGateway first = cache.factory(SETTINGS).open(KEYS);

    TkeGateway second = cache.factory(new TkeSettings("ap-guangzhou", "http://127.0.0.1:10", 3,
        10)).open(KEYS);

    assertNotSame(first, second);
  }
}
