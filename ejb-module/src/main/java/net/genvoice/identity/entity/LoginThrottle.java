package net.genvoice.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * Failed sign-ins for one login name, kept whether or not an account has that name, so that the
 * answer never reveals whether an email exists. After {@value #FREE_FAILURES} failures each further
 * attempt must wait twice as long as the one before; after {@value #LOCK_AFTER} failures the login
 * is locked for {@link #LOCK_PERIOD}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  public static final int FREE_FAILURES = 3;
  public static final int LOCK_AFTER = 8;
  public static final Duration LOCK_PERIOD = Duration.ofMinutes(15);

  @Id
  @PersonalData(PiCategory.CREDENTIALS)
  @Column(name = "login_key")
  private String loginKey;

  @NotPersonal private int failures;

  @NotPersonal
  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  @NotPersonal
  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginThrottle() {}

  public LoginThrottle(String loginKey) {
    this.loginKey = loginKey;
  }

  /** When the next attempt may be made, if not now. */
  public Optional<Instant> blockedUntil(Instant now) {
    if (lockedUntil != null && now.isBefore(lockedUntil)) {
      return Optional.of(lockedUntil);
    }
    if (failures < FREE_FAILURES || lastFailureAt == null) {
      return Optional.empty();
    }
    Instant next = lastFailureAt.plus(backoff());
    return now.isBefore(next) ? Optional.of(next) : Optional.empty();
  }

  public void recordFailure(Instant now) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failures = 0;
      lockedUntil = null;
    }
    failures++;
    lastFailureAt = now;
    if (failures >= LOCK_AFTER) {
      lockedUntil = now.plus(LOCK_PERIOD);
    }
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  private Duration backoff() {
    return Duration.ofSeconds(1L << Math.min(failures - FREE_FAILURES, 10));
  }

  public int failures() {
    return failures;
  }
}
