package com.supernode.request;

import java.util.List;
import java.util.Objects;

/** One entry of {@code VirtualNodes}: the subnet, display name and tags of a node to create. */
public final class VirtualNodeSpec {
  private final String subnetId;
  private final String displayName;
  private final List<Tag> tags;

  public VirtualNodeSpec(String subnetId, String displayName, List<Tag> tags) {
    this.subnetId = Objects.requireNonNull(subnetId);
    this.displayName = Objects.requireNonNull(displayName);
    this.tags = List.copyOf(tags);
  }

  public String subnetId() {
    return subnetId;
  }

  public String displayName() {
    return displayName;
  }

  public List<Tag> tags() {
    return tags;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof VirtualNodeSpec)) {
      return false;
    }
    VirtualNodeSpec spec = (VirtualNodeSpec) other;
    return subnetId.equals(spec.subnetId) && displayName.equals(spec.displayName)
        && tags.equals(spec.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subnetId, displayName, tags);
  }
}
