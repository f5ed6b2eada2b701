package com.supernode.tke;

import java.util.Objects;
import java.util.Optional;

/** Temporary keys of the function's execution role. {@link #toString()} never shows them. */
public final class RoleCredentials {
  private final String secretId;
  private final String secretKey;
  private final String token;

  public RoleCredentials(String secretId, String secretKey, String token) {
    this.secretId = secretId;
    this.secretKey = secretKey;
    this.token = token;
  }

  public String secretId() {
    return secretId;
  }

  public String secretKey() {
    return secretKey;
  }

  /** The session token of temporary keys; empty for long-lived keys. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RoleCredentials)) {
      return false;
    }
    RoleCredentials that = (RoleCredentials) other;
    return secretId.equals(that.secretId) && secretKey.equals(that.secretKey)
        && Objects.equals(token, that.token);
  }

  @Override
  public int hashCode() {
    return Objects.hash(secretId, secretKey, token);
  }

  @Override
  public String toString() {
    return "RoleCredentials[redacted]";
  }
}
