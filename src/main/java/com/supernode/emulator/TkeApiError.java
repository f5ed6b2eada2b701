package com.supernode.emulator;

/**
 * An API error, sent to the client as HTTP 200 with
 * {@code {"Response":{"Error":{"Code":..,"Message":..},"RequestId":..}}}.
 */
final class TkeApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  TkeApiError(String code, String message) {
    super(message);
    this.code = code;
  }

  String code() {
    return code;
  }
}
