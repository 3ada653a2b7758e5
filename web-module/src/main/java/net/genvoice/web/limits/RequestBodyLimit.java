package net.genvoice.web.limits;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413: at once when Content-Length
 * announces it, and while reading when the body is chunked or the header lies.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  /** 64 KiB: ample for any JSON the customer API takes; uploads get their own endpoints. */
  public static final long MAX_BYTES = 64 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      throw new ClientErrorException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new BoundedInputStream(request.getEntityStream(), MAX_BYTES));
    }
  }
}
