package com.supernode.request;

import java.util.List;

/**
 * Thrown when an event or request is rejected before any TKE call.
 *
 * <p>The code follows the TKE API 3.0 common codes where one fits ({@code MissingParameter},
 * {@code UnknownParameter}, {@code InvalidParameterValue}, {@code InvalidParameter}), so a
 * caller handles our rejections and TKE's the same way.
 */
public final class InvalidRequestException extends RuntimeException {
  private final String code;
  private final int httpStatus;
  private final List<FieldError> errors;

  public InvalidRequestException(String code, int httpStatus, List<FieldError> errors) {
    super(summarize(errors));
    this.code = code;
    this.httpStatus = httpStatus;
    this.errors = List.copyOf(errors);
  }

  /** Creates a 400 rejection of one field. */
  public static InvalidRequestException of(String code, String field, String message) {
    return new InvalidRequestException(code, 400, List.of(new FieldError(field, message)));
  }

  public String code() {
    return code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summarize(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "The request is invalid.";
    }
    FieldError first = errors.get(0);
    String message = first.field() + ": " + first.message();
    if (errors.size() > 1) {
      message += " (and " + (errors.size() - 1) + " more problems, listed in Errors)";
    }
    return message;
  }
}
