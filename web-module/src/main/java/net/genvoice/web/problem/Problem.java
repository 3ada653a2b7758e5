package net.genvoice.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail; {@code code} is the stable, machine-readable name of the failure and
 * {@code errors} lists the input fields it concerns; {@code automatedDecision} names the decision
 * that refused the request, when a machine did (P22). JSON-B leaves out the members that are null.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<InvalidField> errors,
    DecisionReference automatedDecision) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = new MediaType("application", "problem+json");
  static final String TYPE_BASE = "https://genvoice.net/problems/";

  /** One input field that was refused, named by its JSON path (e.g. {@code address.city}). */
  public record InvalidField(String field, String message) {}

  /**
   * P22: the automated decision that refused the request: its reference (to quote when asking for a
   * person's review), its reason codes, and who decided ("automated").
   */
  public record DecisionReference(String id, List<String> reasons, String decidedBy) {}

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  public static Problem of(int status, String code, String title, String detail) {
    return new Problem(TYPE_BASE + code, title, status, detail, null, code, null, null);
  }

  public Problem withErrors(List<InvalidField> fieldErrors) {
    return new Problem(type, title, status, detail, instance, code, fieldErrors, automatedDecision);
  }

  public Problem withInstance(String uri) {
    return new Problem(type, title, status, detail, uri, code, errors, automatedDecision);
  }

  public Problem withDecision(DecisionReference decision) {
    return new Problem(type, title, status, detail, instance, code, errors, decision);
  }

  /** The problem as a response; the media type is fixed so content negotiation cannot turn it. */
  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }
}
