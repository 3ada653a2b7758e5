package net.genvoice.web.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body JSON-B could not read. On Payara 6 Jersey raises a bare {@link
 * ProcessingException} ("Error deserializing object from entity stream", caused by a {@code
 * JsonbException}), not a {@code BadRequestException}. The same exception type also reports
 * failures to write a response, which are ours: those stay 500.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    if (isReadingRequest(exception)) {
      return WebApplicationExceptionMapper.problemOf(400, exception).toResponse();
    }
    return UnexpectedExceptionMapper.report(exception).toResponse();
  }

  static boolean isReadingRequest(Throwable exception) {
    for (StackTraceElement frame : exception.getStackTrace()) {
      if (frame.getMethodName().equals("readFrom")) {
        return true;
      }
    }
    return false;
  }
}
