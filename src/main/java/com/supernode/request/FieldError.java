package com.supernode.request;

import java.util.Objects;

/** One problem with one field of a request, named by its JSON path such as {@code SubnetIds[2]}. */
public final class FieldError {
  private final String field;
  private final String message;

  public FieldError(String field, String message) {
    this.field = Objects.requireNonNull(field);
    this.message = Objects.requireNonNull(message);
  }

  public String field() {
    return field;
  }

  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldError
        && field.equals(((FieldError) other).field)
        && message.equals(((FieldError) other).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message);
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
