package net.genvoice.integration.inbound.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything but a business refusal, as a problem and never a stack trace: a body that is not JSON
 * (400 {@code malformed-json}; Payara's Jersey reports it as a bare {@link ProcessingException}),
 * HTTP-level failures with their status (404, 405, 415 ...), anything else 500.
 */
@Provider
public class PartnerHttpProblems implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(PartnerHttpProblems.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof ProcessingException && isReadingRequest(exception)) {
      return PartnerProblems.response(
          400,
          PartnerProblems.problem(
              400, "malformed-json", "The request is not valid", "The body is not valid JSON."));
    }
    if (exception instanceof WebApplicationException http && http.getResponse().getStatus() < 500) {
      int status = http.getResponse().getStatus();
      return PartnerProblems.response(
          status,
          PartnerProblems.problem(
              status, "http-" + status, "The request was refused", "HTTP status " + status + "."));
    }
    LOG.log(Level.SEVERE, "Partner request failed", exception);
    return PartnerProblems.response(
        500,
        PartnerProblems.problem(
            500,
            "internal-error",
            "Internal error",
            "The request could not be answered; nothing was sent."));
  }

  private static boolean isReadingRequest(Throwable exception) {
    for (StackTraceElement frame : exception.getStackTrace()) {
      if (frame.getMethodName().equals("readFrom")) {
        return true;
      }
    }
    return false;
  }
}
