package net.genvoice.identity.boundary;

import java.time.Instant;
import java.util.Optional;
import net.genvoice.platform.error.BusinessException;

/** Too many failed sign-ins for this login name, whether or not it exists. */
public class SignInThrottledException extends BusinessException {

  private final Instant retryAfter;

  public SignInThrottledException(Instant retryAfter) {
    super(
        Kind.LOCKED,
        "sign-in-throttled",
        "Too many failed sign-ins. Please try again after " + retryAfter + ".");
    this.retryAfter = retryAfter;
  }

  @Override
  public Optional<Instant> retryAfter() {
    return Optional.of(retryAfter);
  }
}
