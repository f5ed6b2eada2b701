package com.supernode.tke;

import com.supernode.config.Settings;

/**
 * Reads the role credentials at the start of each invocation, because SCF rotates the
 * temporary keys of a warm instance and a cached copy would expire.
 */
public final class CredentialSource {
  public static final String SECRET_ID = "TENCENTCLOUD_SECRETID";
  public static final String SECRET_KEY = "TENCENTCLOUD_SECRETKEY";
  public static final String SESSION_TOKEN = "TENCENTCLOUD_SESSIONTOKEN";

  private final Settings settings;

  public CredentialSource(Settings settings) {
    this.settings = settings;
  }

  /**
   * Returns the current credentials.
   *
   * @throws MissingCredentialsException when the secret ID or key is unset
   */
  public RoleCredentials current() {
    String secretId = settings.get(SECRET_ID).orElse(null);
    String secretKey = settings.get(SECRET_KEY).orElse(null);
    if (secretId == null || secretKey == null) {
      throw new MissingCredentialsException(secretId == null ? SECRET_ID : SECRET_KEY);
    }
    return new RoleCredentials(secretId, secretKey, settings.get(SESSION_TOKEN).orElse(null));
  }
}
