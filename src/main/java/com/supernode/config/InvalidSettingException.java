package com.supernode.config;

/** Thrown when a function setting is missing or has a value the function cannot use. */
public final class InvalidSettingException extends RuntimeException {
  private final String name;

  private InvalidSettingException(String name, String message, Throwable cause) {
    super(message, cause);
    this.name = name;
  }

  public InvalidSettingException(String name, String value, String expected, Throwable cause) {
    this(name, "Setting " + name + " is invalid: expected " + expected + ", found '" + value
        + "'. Fix it in the function's environment variables.", cause);
  }

  /** Creates an exception for a number above the setting's maximum {@code max}. */
  public static InvalidSettingException tooLarge(String name, String value, long max) {
    return new InvalidSettingException(name, "Setting " + name + " is too large: the maximum is "
        + max + ", found '" + value + "'. Fix it in the function's environment variables.", null);
  }

  /** Creates an exception for a required setting that is unset. */
  public static InvalidSettingException missing(String name, String purpose) {
    return new InvalidSettingException(name, "Setting " + name + " is missing: it sets "
        + purpose + ". Add it to the function's environment variables.", null);
  }

  public String name() {
    return name;
  }
}
