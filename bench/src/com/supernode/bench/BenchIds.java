package com.supernode.bench;

/** Resource IDs shared by the world generator and the benchmarks that use its worlds. */
final class BenchIds {
  static final String REGION = "ap-guangzhou";
  static final String VPC = "vpc-bench001";

  private BenchIds() {}

  /** Returns cluster number {@code index} in TKE's format, {@code cls-} and 8 characters. */
  static String cluster(int index) {
    return "cls-" + code('b', index);
  }

  /** Returns the ID of pool {@code pool} of cluster {@code cluster}. */
  static String pool(int cluster, int pool) {
    return "np-" + code('p', cluster * 1000 + pool);
  }

  /** Returns subnet number {@code index} of a family, where {@code family} is one letter. */
  static String subnet(char family, int index) {
    return "subnet-" + code(family, index);
  }

  private static String code(char prefix, int index) {
    String digits = Integer.toString(index, 36);
    if (digits.length() > 7) {
      throw new IllegalArgumentException("index " + index + " needs more than 7 base-36 digits");
    }
    return prefix + "0000000".substring(digits.length()) + digits;
  }
}
