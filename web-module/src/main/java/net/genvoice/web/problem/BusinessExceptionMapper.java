package net.genvoice.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.genvoice.decision.entity.AutomatedDecision;
import net.genvoice.fraud.control.FraudRejectedException;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.platform.error.BusinessException.Kind;

/** Reports a refused business operation with the status its {@link Kind} calls for. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException exception) {
    Response response = problemOf(exception).toResponse();
    return exception
        .retryAfter()
        .map(
            when ->
                Response.fromResponse(response)
                    .header(
                        "Retry-After",
                        Math.max(1, Duration.between(Instant.now(), when).toSeconds() + 1))
                    .build())
        .orElse(response);
  }

  static Problem problemOf(BusinessException exception) {
    List<Problem.InvalidField> fields =
        exception.fieldErrors().entrySet().stream()
            .map(field -> new Problem.InvalidField(field.getKey(), field.getValue()))
            .toList();
    Kind kind = exception.kind();
    Problem problem =
        Problem.of(statusOf(kind), exception.code(), titleOf(kind), exception.getMessage())
            .withErrors(fields);
    if (exception instanceof FraudRejectedException rejected) {
      problem =
          problem.withDecision(
              new Problem.DecisionReference(
                  rejected.decisionId(), rejected.reasons(), AutomatedDecision.AUTOMATED));
    }
    return problem;
  }

  static int statusOf(Kind kind) {
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

  static String titleOf(Kind kind) {
    return switch (kind) {
      case INVALID -> "The request is not valid";
      case UNAUTHENTICATED -> "Sign-in required";
      case FORBIDDEN -> "Not allowed";
      case NOT_FOUND -> "Not found";
      case CONFLICT -> "Conflicts with the current state";
      case LOCKED -> "Locked";
      case UNAVAILABLE -> "Temporarily unavailable";
    };
  }
}
