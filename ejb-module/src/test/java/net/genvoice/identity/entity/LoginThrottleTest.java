package net.genvoice.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

  @Test
  void firstFailuresAreFree() {
    LoginThrottle throttle = new LoginThrottle("key");
    throttle.recordFailure(T0);
    throttle.recordFailure(T0);
    assertTrue(throttle.blockedUntil(T0).isEmpty());
  }

  @Test
  void laterFailuresSlowDownExponentially() {
    LoginThrottle throttle = new LoginThrottle("key");
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      throttle.recordFailure(T0);
    }
    assertEquals(T0.plusSeconds(1), throttle.blockedUntil(T0).orElseThrow());
    assertTrue(throttle.blockedUntil(T0.plusSeconds(1)).isEmpty());
    throttle.recordFailure(T0.plusSeconds(1));
    assertEquals(T0.plusSeconds(3), throttle.blockedUntil(T0.plusSeconds(1)).orElseThrow());
  }

  @Test
  void locksAfterTooManyFailuresThenForgets() {
    LoginThrottle throttle = new LoginThrottle("key");
    Instant now = T0;
    for (int i = 0; i < LoginThrottle.LOCK_AFTER; i++) {
      now = now.plus(Duration.ofMinutes(5));
      throttle.recordFailure(now);
    }
    assertTrue(throttle.isLocked(now));
    assertEquals(now.plus(LoginThrottle.LOCK_PERIOD), throttle.blockedUntil(now).orElseThrow());
    Instant afterLock = now.plus(LoginThrottle.LOCK_PERIOD);
    assertFalse(throttle.isLocked(afterLock));
    throttle.recordFailure(afterLock);
    assertEquals(1, throttle.failures());
    assertTrue(throttle.blockedUntil(afterLock).isEmpty());
  }
}
