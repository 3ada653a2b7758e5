package net.genvoice.web.limits;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413: at once when Content-Length
 * announces it, and while reading when the body is chunked or the header lies.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  /** 64 KiB: ample for any JSON the customer API takes; uploads get their own endpoints. */
  public static final long MAX_BYTES = 64 * 1024;

  /** The upload of the national do-not-call registry file (P12): 64 MiB, some 4 million numbers. */
  public static final long REGISTRY_FILE_MAX_BYTES = 64L * 1024 * 1024;

  static final String REGISTRY_IMPORTS = "staff/marketing/national-registry/imports";

  /**
   * A body announced too large, but not absurdly so, is read and dropped before the refusal: a
   * server that answers and closes with unread bytes makes TCP reset the connection, and the client
   * may never see the 413.
   */
  static final long DRAIN_AT_MOST = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limitFor(request.getUriInfo().getPath());
    if (request.getLength() > limit) {
      if (request.getLength() <= DRAIN_AT_MOST) {
        drain(request.getEntityStream());
      }
      throw new ClientErrorException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new BoundedInputStream(request.getEntityStream(), limit));
    }
  }

  static long limitFor(String path) {
    String relative = path == null ? "" : path.replaceFirst("^/+", "");
    return relative.startsWith(REGISTRY_IMPORTS) ? REGISTRY_FILE_MAX_BYTES : MAX_BYTES;
  }

  private static void drain(InputStream body) {
    try {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the client went away: nothing left to protect
    }
  }
}
