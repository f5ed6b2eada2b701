package com.supernode.emulator;

import java.util.Objects;

/** A Kubernetes taint that a node pool puts on its nodes. */
public final class Taint {
  private final String key;
  private final String value;
  private final String effect;

  public Taint(String key, String value, String effect) {
    this.key = Objects.requireNonNull(key, "key");
    this.value = Objects.requireNonNull(value, "value");
    this.effect = Objects.requireNonNull(effect, "effect");
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  /** Returns the effect: {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}. */
  public String effect() {
    return effect;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Taint)) {
      return false;
    }
    Taint that = (Taint) other;
    return key.equals(that.key) && value.equals(that.value) && effect.equals(that.effect);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value, effect);
  }

  @Override
  public String toString() {
    return key + "=" + value + ":" + effect;
  }
}
