package net.genvoice.integration.inbound.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import net.genvoice.partner.boundary.DisclosureRefusedException;
import net.genvoice.platform.error.BusinessException;

/**
 * A refused partner request as an RFC 9457 problem: 403 with the policy's reason code (and the
 * ledger entry of the denial), 400 naming each bad field, 404 for no such customer. The web
 * module's mappers live in another WAR, which this one may not depend on.
 */
@Provider
public class PartnerProblems implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException refusal) {
    int status = statusOf(refusal.kind());
    JsonObjectBuilder problem =
        problem(
            status,
            refusal.code(),
            status == 403 ? "Not allowed" : "The request was refused",
            refusal.getMessage());
    if (refusal instanceof DisclosureRefusedException denied && denied.releaseId() != null) {
      problem.add("releaseId", denied.releaseId());
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
    return response(status, problem);
  }

  static Response response(int status, JsonObjectBuilder problem) {
    return Response.status(status)
        .type("application/problem+json")
        .entity(problem.build().toString())
        .build();
  }

  static JsonObjectBuilder problem(int status, String code, String title, String detail) {
    return Json.createObjectBuilder()
        .add("type", "https://genvoice.net/problems/" + code)
        .add("title", title)
        .add("status", status)
        .add("code", code)
        .add("detail", detail);
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
