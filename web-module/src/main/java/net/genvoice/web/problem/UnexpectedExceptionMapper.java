package net.genvoice.web.problem;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.genvoice.web.limits.RequestBodyTooLargeException;

/**
 * The last resort: logs the failure with a random incident id and tells the client only that id. A
 * client error buried in the chain (a body that grew too large while being parsed) is still
 * reported as that client error.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    if (Causes.contains(exception, RequestBodyTooLargeException.class)) {
      return WebApplicationExceptionMapper.problemOf(413, exception).toResponse();
    }
    return Causes.innermost(exception, ClientErrorException.class)
        .map(WebApplicationExceptionMapper::problemOf)
        .orElseGet(() -> report(exception))
        .toResponse();
  }

  /** Logs the exception server-side and returns a 500 problem that carries only the incident id. */
  static Problem report(Throwable exception) {
    UUID incident = UUID.randomUUID();
    LOG.log(Level.SEVERE, "Incident " + incident + ": unexpected failure", exception);
    return Problem.of(
            500,
            "internal-error",
            "Internal error",
            "Something went wrong on our side. If it persists, write to support@genvoice.net"
                + " quoting incident "
                + incident
                + ".")
        .withInstance("urn:uuid:" + incident);
  }
}
