package net.genvoice.web.limits;

import java.io.IOException;

/**
 * A request body went past the limit while it was being read. An {@link IOException}, so that
 * parsers pass it on as the cause of their own exceptions instead of swallowing it.
 */
public class RequestBodyTooLargeException extends IOException {

  public RequestBodyTooLargeException(long limit) {
    super("The request body exceeds " + limit + " bytes");
  }
}
