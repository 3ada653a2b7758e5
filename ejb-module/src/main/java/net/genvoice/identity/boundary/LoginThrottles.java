package net.genvoice.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.genvoice.identity.control.Secrets;
import net.genvoice.identity.entity.LoginThrottle;

/**
 * Counts failed sign-ins in transactions of their own, so that the count survives the rollback of
 * the refused sign-in that caused it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottles {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /** Refuses the attempt if this login name must wait. */
  public void checkAllowed(String loginName) {
    LoginThrottle throttle = em.find(LoginThrottle.class, Secrets.loginKey(loginName));
    Optional<Instant> blocked =
        throttle == null ? Optional.empty() : throttle.blockedUntil(clock.instant());
    if (blocked.isPresent()) {
      throw new SignInThrottledException(blocked.get());
    }
  }

  public void recordFailure(String loginName) {
    String key = Secrets.loginKey(loginName);
    LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new LoginThrottle(key);
      em.persist(throttle);
    }
    throttle.recordFailure(clock.instant());
  }

  public void reset(String loginName) {
    LoginThrottle throttle = em.find(LoginThrottle.class, Secrets.loginKey(loginName));
    if (throttle != null) {
      em.remove(throttle);
    }
  }
}
