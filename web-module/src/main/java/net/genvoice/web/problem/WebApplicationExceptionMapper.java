package net.genvoice.web.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.genvoice.web.limits.RequestBodyTooLargeException;

/**
 * HTTP-level failures, most raised by JAX-RS before any resource method runs: unknown path (404),
 * method (405), content type (415), unacceptable Accept (406), a body that is not JSON (400 {@code
 * malformed-json}). Keeps the headers the status needs, such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final List<String> KEPT_HEADERS =
      List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

  private static final Map<Integer, String> CODES =
      Map.of(401, "unauthenticated", 413, "payload-too-large", 503, "unavailable");

  private static final Map<Integer, String> DETAILS =
      Map.of(
          400, "The request could not be understood.",
          404, "There is no resource at this address.",
          405, "This resource does not support the request method.",
          406, "This resource cannot answer in any of the accepted media types.",
          413, "The request body is larger than this API accepts.",
          415, "This resource does not accept the request's content type.");

  @Override
  public Response toResponse(WebApplicationException exception) {
    // a client error raised deeper down (e.g. while reading the body) says more than its wrapper
    WebApplicationException effective =
        Causes.innermost(exception, ClientErrorException.class)
            .map(WebApplicationException.class::cast)
            .orElse(exception);
    int status = effective.getResponse() == null ? 500 : effective.getResponse().getStatus();
    if (status >= 500 && status != 503) {
      return UnexpectedExceptionMapper.report(exception).toResponse();
    }
    Response.ResponseBuilder response =
        Response.fromResponse(problemOf(status, effective).toResponse());
    for (String header : KEPT_HEADERS) {
      Object value = effective.getResponse().getHeaders().getFirst(header);
      if (value != null) {
        response.header(header, value);
      }
    }
    return response.build();
  }

  static Problem problemOf(WebApplicationException exception) {
    return problemOf(
        exception.getResponse() == null ? 500 : exception.getResponse().getStatus(), exception);
  }

  static Problem problemOf(int status, Throwable exception) {
    if (Causes.contains(exception, RequestBodyTooLargeException.class)) {
      return Problem.of(413, CODES.get(413), titleOf(413), DETAILS.get(413));
    }
    if (status == 400 && isMalformedBody(exception)) {
      return Problem.of(
          400,
          "malformed-json",
          "Malformed JSON",
          "The request body is not well-formed JSON or does not fit the expected structure.");
    }
    return Problem.of(status, codeOf(status), titleOf(status), DETAILS.get(status));
  }

  static boolean isMalformedBody(Throwable exception) {
    return Causes.contains(exception, JsonbException.class)
        || Causes.contains(exception, JsonException.class)
        || Causes.contains(exception, ProcessingException.class)
        || Causes.contains(exception, NoContentException.class);
  }

  static String codeOf(int status) {
    String code = CODES.get(status);
    if (code != null) {
      return code;
    }
    return titleOf(status).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  static String titleOf(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null ? known.getReasonPhrase() : "HTTP " + status;
  }
}
