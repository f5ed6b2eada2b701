package com.supernode.emulator;

import java.util.regex.Pattern;

/** TKE resource ID formats: a prefix and 8 lowercase letters or digits. */
final class TkeIds {
  static final String CLUSTER = "cls-";
  static final String NODE_POOL = "np-";
  static final String VPC = "vpc-";
  static final String SUBNET = "subnet-";

  private static final Pattern SUFFIX = Pattern.compile("[a-z0-9]{8}");

  private TkeIds() {}

  static boolean isValid(String prefix, String id) {
    return id.startsWith(prefix) && SUFFIX.matcher(id.substring(prefix.length())).matches();
  }

  static String describe(String prefix) {
    return prefix + " followed by 8 lowercase letters or digits";
  }
}
