package com.supernode.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Function settings, read from JVM system properties first and environment variables second.
 *
 * <p>SCF's Java runtime passes the role credentials as system properties and everything else as
 * environment variables, and a local runner can only set properties in-process, so every
 * setting is looked up in both places under the same name.
 */
public final class Settings {
  private final Function<String, String> properties;
  private final Function<String, String> environment;

  public Settings(Function<String, String> properties, Function<String, String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  /** Returns settings backed by this JVM's system properties and environment. */
  public static Settings fromSystem() {
    return new Settings(System::getProperty, System::getenv);
  }

  /** Returns settings that contain only the given values, for tests and embedded runs. */
  public static Settings of(Map<String, String> values) {
    return new Settings(values::get, name -> null);
  }

  /** Returns the value of {@code name}, or empty when it is unset or blank. */
  public Optional<String> get(String name) {
    String value = properties.apply(name);
    if (value == null || value.isBlank()) {
      value = environment.apply(name);
    }
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.trim());
  }

  /** Returns the value of {@code name}, or {@code fallback} when it is unset. */
  public String get(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  /**
   * Returns {@code name} as a whole number of at least {@code min}.
   *
   * @throws InvalidSettingException when the value is not a number or is below {@code min}
   */
  public int getInt(String name, int fallback, int min) {
    Optional<String> raw = get(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.get());
    } catch (NumberFormatException e) {
      throw new InvalidSettingException(name, raw.get(), "a whole number", e);
    }
    if (value < min) {
      throw new InvalidSettingException(name, raw.get(), "a number of at least " + min, null);
    }
    return value;
  }
}
