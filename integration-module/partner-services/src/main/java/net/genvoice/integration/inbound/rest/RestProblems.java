package net.genvoice.integration.inbound.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.genvoice.platform.error.BusinessException;

/**
 * A refused partner request as an RFC 9457 problem, with the status its kind calls for, the stable
 * code, each bad field, and for a policy denial the ledger id of the denial.
 */
final class RestProblems {

  private RestProblems() {}

  static void write(HttpServletResponse response, BusinessException refusal, String releaseId)
      throws IOException {
    int status = statusOf(refusal.kind());
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", "https://genvoice.net/problems/" + refusal.code())
            .add("title", status == 403 ? "Not allowed" : "The request was refused")
            .add("status", status)
            .add("code", refusal.code())
            .add("detail", refusal.getMessage());
    if (releaseId != null) {
      problem.add("releaseId", releaseId);
    }
    if (!refusal.fieldErrors().isEmpty()) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      refusal
          .fieldErrors()
          .forEach(
              (field, message) ->
                  errors.add(
                      Json.createObjectBuilder().add("field", field).add("message", message)));
      problem.add("errors", errors);
    }
    byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static int statusOf(BusinessException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case LOCKED -> 423;
      case UNAVAILABLE -> 503;
    };
  }
}
