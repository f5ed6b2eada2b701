package com.supernode.emulator;

import java.util.Objects;

/** A VPC subnet that virtual nodes can be placed in. */
public final class Subnet {
  private final String subnetId;
  private final String vpcId;
  private final String zone;

  public Subnet(String subnetId, String vpcId, String zone) {
    this.subnetId = Objects.requireNonNull(subnetId, "subnetId");
    this.vpcId = Objects.requireNonNull(vpcId, "vpcId");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public String subnetId() {
    return subnetId;
  }

  public String vpcId() {
    return vpcId;
  }

  public String zone() {
    return zone;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Subnet)) {
      return false;
    }
    Subnet that = (Subnet) other;
    return subnetId.equals(that.subnetId) && vpcId.equals(that.vpcId) && zone.equals(that.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subnetId, vpcId, zone);
  }

  @Override
  public String toString() {
    return "Subnet{" + subnetId + ", vpc=" + vpcId + ", zone=" + zone + "}";
  }
}
