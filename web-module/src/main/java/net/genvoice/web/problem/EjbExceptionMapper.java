package net.genvoice.web.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Unwraps what the EJB container wrapped and hands the real exception to the mapper for its family,
 * so a validation failure inside a boundary is still a 400 listing the fields.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  @Context Providers providers;

  @Override
  public Response toResponse(EJBException exception) {
    Throwable cause = Causes.unwrapEjb(exception);
    if (cause instanceof EJBException || providers == null) {
      return UnexpectedExceptionMapper.report(cause).toResponse();
    }
    return mapperFor(cause).toResponse(cause);
  }

  @SuppressWarnings("unchecked")
  private ExceptionMapper<Throwable> mapperFor(Throwable cause) {
    ExceptionMapper<Throwable> mapper =
        (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
    return mapper != null ? mapper : new UnexpectedExceptionMapper();
  }
}
