package com.supernode.tke;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Replaces the body of a response whose HTTP status is not 200 with an in-memory copy, and
 * closes the original, which releases the response's connection.
 *
 * <p>The SDK (3.1.1436, {@code AbstractClient.getResponseBody}) throws {@code ServerSideError}
 * for such a response without closing its body. Without this interceptor the connection stays
 * allocated until a garbage collection finds the response unreachable, and OkHttp then logs "A
 * connection to ... was leaked".
 */
final class ErrorBodyCloser implements Interceptor {
  /** The maximum number of bytes kept of an error body, which SDK 3.1.1436 does not read. */
  static final long MAX_KEPT_BYTES = 64 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 200 || response.body() == null) {
      return response;
    }
    ResponseBody copy = response.peekBody(MAX_KEPT_BYTES);
    response.close();
    return response.newBuilder().body(copy).build();
  }
}
