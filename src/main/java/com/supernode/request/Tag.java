package com.supernode.request;

import java.util.Objects;

/** A Tencent Cloud resource tag that TKE puts on a created virtual node. */
public final class Tag {
  private final String key;
  private final String value;

  public Tag(String key, String value) {
    this.key = Objects.requireNonNull(key);
    this.value = Objects.requireNonNull(value);
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tag && key.equals(((Tag) other).key)
        && value.equals(((Tag) other).value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value);
  }
}
