package com.supernode.event;

import com.supernode.request.FieldError;
import com.supernode.request.InvalidRequestException;
import java.util.List;

/** The API Gateway method and path a function serves; other triggers have no route. */
public final class Route {
  private final String method;
  private final String path;

  private Route(String method, String path) {
    this.method = method;
    this.path = path;
  }

  public static Route post(String path) {
    return new Route("POST", path);
  }

  /** Returns the route of a function without an API Gateway trigger: it rejects every path. */
  public static Route none() {
    return new Route(null, null);
  }

  /** Returns the HTTP method served, or null for {@link #none()}. */
  public String method() {
    return method;
  }

  /** Returns the path served, or null for {@link #none()}. */
  public String path() {
    return path;
  }

  /**
   * Rejects an API Gateway event for another path (404) or method (405). The event's path may
   * carry a service prefix, so the route matches the path's end.
   */
  void check(String actualMethod, String actualPath) {
    if (path == null) {
      throw new InvalidRequestException("ResourceNotFound.Route", 404, List.of(new FieldError(
          "path", "This function has no API Gateway trigger. Invoke it directly or by timer.")));
    }
    String actual = actualPath == null ? "" : actualPath;
    String trimmed = actual.endsWith("/") && actual.length() > 1
        ? actual.substring(0, actual.length() - 1) : actual;
    if (!trimmed.isEmpty() && !trimmed.endsWith(path)) {
      throw new InvalidRequestException("ResourceNotFound.Route", 404, List.of(new FieldError(
          "path", "This function serves " + method + " " + path + ", not " + actual + ".")));
    }
    if (!actualMethod.equals(method)) {
      throw new InvalidRequestException("UnsupportedOperation.Method", 405, List.of(
          new FieldError("httpMethod", "This function serves " + method + " " + path
              + ", not " + actualMethod + ".")));
    }
  }
}
