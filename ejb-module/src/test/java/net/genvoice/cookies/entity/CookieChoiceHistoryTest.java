package net.genvoice.cookies.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** P06: a customer's cookie choice as it stood at any moment of their consent history. */
class CookieChoiceHistoryTest {

  private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-02T10:00:00Z");

  private final CookieChoiceHistory history =
      new CookieChoiceHistory(
          List.of(
              new CookieChoiceHistory.Change(T1, CookieCategory.ANALYTICS, true),
              new CookieChoiceHistory.Change(T1, CookieCategory.PERSONALISATION, false),
              new CookieChoiceHistory.Change(T2, CookieCategory.ANALYTICS, false),
              new CookieChoiceHistory.Change(T2, CookieCategory.PERSONALISATION, true)));

  @Test
  void beforeTheFirstChangeNothingWasChosen() {
    assertEquals(Optional.empty(), history.at(T1.minusNanos(1)));
    assertEquals(Optional.empty(), new CookieChoiceHistory(List.of()).latest());
  }

  @Test
  void eachMomentHasTheChoiceOfItsTime() {
    assertEquals(Optional.of(CookieChoice.of(CookieCategory.ANALYTICS)), history.at(T1));
    assertEquals(
        Optional.of(CookieChoice.of(CookieCategory.ANALYTICS)), history.at(T2.minusSeconds(1)));
    assertEquals(Optional.of(CookieChoice.of(CookieCategory.PERSONALISATION)), history.at(T2));
    assertEquals(Optional.of(CookieChoice.of(CookieCategory.PERSONALISATION)), history.latest());
    assertEquals(
        Map.of(CookieCategory.ANALYTICS, false, CookieCategory.PERSONALISATION, true),
        history.latestStates());
  }
}
