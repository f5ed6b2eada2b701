package com.supernode.emulator;

/**
 * Raised when a world or faults description cannot be read or is invalid. The message names the
 * source (file, resource or string) and the JSON path of the offending value.
 */
public final class EmulatorWorldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmulatorWorldException(String message) {
    super(message);
  }

  public EmulatorWorldException(String message, Throwable cause) {
    super(message, cause);
  }
}
