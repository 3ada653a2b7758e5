package net.genvoice.platform.error;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A business failure: rolls back the transaction it happens in, so a refused request leaves nothing
 * written. The {@link Kind} tells the edges how to report it; the code is stable for clients and
 * tests.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  /** How a failure is reported at the edges (REST status, SOAP fault code). */
  public enum Kind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    LOCKED,
    UNAVAILABLE
  }

  private final String code;
  private final Kind kind;

  protected BusinessException(Kind kind, String code, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  /** When the same request may succeed, for failures that pass with time (throttling, outages). */
  public Optional<Instant> retryAfter() {
    return Optional.empty();
  }

  /** Field name to message, for failures that concern particular input fields. */
  public Map<String, String> fieldErrors() {
    return Map.of();
  }
}
