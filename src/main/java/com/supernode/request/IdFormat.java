package com.supernode.request;

import java.util.regex.Pattern;

/** The TKE and VPC resource ID formats: a prefix followed by 8 lowercase letters or digits. */
public enum IdFormat {
  CLUSTER("cls-"),
  NODE_POOL("np-"),
  SUBNET("subnet-");

  private final String prefix;
  private final Pattern pattern;

  IdFormat(String prefix) {
    this.prefix = prefix;
    this.pattern = Pattern.compile(Pattern.quote(prefix) + "[a-z0-9]{8}");
  }

  public boolean matches(String value) {
    return pattern.matcher(value).matches();
  }

  /** Describes the format for an error message, for example {@code cls-xxxxxxxx}. */
  public String example() {
    return prefix + "xxxxxxxx (" + prefix + " followed by 8 lowercase letters or digits)";
  }
}
