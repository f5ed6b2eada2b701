package com.supernode.config;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Function settings, read from JVM system properties first and environment variables second.
 *
 * <p>SCF's Java runtime passes the role credentials as system properties and everything else as
 * environment variables, and a local runner can only set properties in-process, so every
 * setting is looked up in both places under the same name.
 */
public final class Settings {
  /** ASCII digits with an optional sign; Java's own parsers also accept other scripts' digits. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

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
   * @throws InvalidSettingException when the value is not a whole number, is below {@code min}
   *     or does not fit in an {@code int}
   */
  public int getInt(String name, int fallback, int min) {
    return getInt(name, fallback, min, Integer.MAX_VALUE);
  }

  /**
   * Returns {@code name} as a whole number from {@code min} to {@code max}.
   *
   * @throws InvalidSettingException when the value is not a whole number or is out of range
   */
  public int getInt(String name, int fallback, int min, int max) {
    Optional<String> raw = get(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    String text = raw.get();
    if (!WHOLE_NUMBER.matcher(text).matches()) {
      throw new InvalidSettingException(name, text, "a whole number", null);
    }
    // BigInteger, because a value too large for an int is not malformed, only too large.
    BigInteger value = new BigInteger(text);
    if (value.compareTo(BigInteger.valueOf(min)) < 0) {
      throw new InvalidSettingException(name, text, "a number of at least " + min, null);
    }
    if (value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw InvalidSettingException.tooLarge(name, text, max);
    }
    return value.intValueExact();
  }
}
