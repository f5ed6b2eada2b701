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

  /**
   * Builds the summary message: the first problem, led by its field unless the message already
   * names it, then how many more problems {@code Errors} lists.
   */
  private static String summarize(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "The request is invalid.";
    }
    FieldError first = errors.get(0);
    String message = first.message();
    if (!namesField(message, first.field())) {
      message = first.field() + ": " + message;
    }
    int more = errors.size() - 1;
    if (more == 0) {
      return message;
    }
    String sentenceEnd = message.endsWith(".") ? " " : ". ";
    return message + sentenceEnd + "Errors lists " + more + " more "
        + (more == 1 ? "problem." : "problems.");
  }

  /** Tells whether {@code message} contains {@code field} as a whole path, not inside another. */
  private static boolean namesField(String message, String field) {
    for (int at = message.indexOf(field); at >= 0; at = message.indexOf(field, at + 1)) {
      int end = at + field.length();
      boolean startsPath = at == 0 || !isPathCharacter(message.charAt(at - 1));
      boolean endsPath = end == message.length() || !continuesPath(message.charAt(end));
      if (startsPath && endsPath) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPathCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ']';
  }

  private static boolean continuesPath(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '[';
  }
}
