package net.genvoice.communication.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * P12: telemarketing runs only against a fresh national do-not-call registry: the date of the
 * latest imported registry file may be at most {@link #MAX_AGE_DAYS} days before today; with no
 * import at all, no telemarketing.
 */
public final class RegistryFreshness {

  public static final int MAX_AGE_DAYS = 31;

  /** Why a registry is not fit for telemarketing. */
  public enum Problem {
    MISSING,
    STALE
  }

  private RegistryFreshness() {}

  /** Empty when the registry may be used today. */
  public static Optional<Problem> check(Optional<LocalDate> latestRegistryDate, LocalDate today) {
    if (latestRegistryDate.isEmpty()) {
      return Optional.of(Problem.MISSING);
    }
    long age = ChronoUnit.DAYS.between(latestRegistryDate.get(), today);
    return age > MAX_AGE_DAYS ? Optional.of(Problem.STALE) : Optional.empty();
  }
}
