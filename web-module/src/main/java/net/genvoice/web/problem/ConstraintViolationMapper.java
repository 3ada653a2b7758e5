package net.genvoice.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Lists every field that broke a Bean Validation constraint. A constraint on a return value is our
 * own bug, not the client's, so it becomes a 500 like any unexpected failure.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Set<ConstraintViolation<?>> violations = exception.getConstraintViolations();
    if (violations != null
        && violations.stream().anyMatch(v -> isReturnValue(v.getPropertyPath()))) {
      return UnexpectedExceptionMapper.report(exception).toResponse();
    }
    return problemOf(violations).toResponse();
  }

  static Problem problemOf(Set<ConstraintViolation<?>> violations) {
    List<Problem.InvalidField> fields =
        violations == null
            ? List.of()
            : violations.stream()
                .map(
                    v ->
                        new Problem.InvalidField(
                            JsonFieldPath.of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidField::field))
                .toList();
    return Problem.of(
            400,
            "invalid-input",
            "The request is not valid",
            "Some fields of the request are not valid; see errors.")
        .withErrors(fields);
  }

  static boolean isReturnValue(Path path) {
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }
}
