package net.genvoice.usage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** P05: no count below five is ever shown; weeks run Monday to Sunday in UTC. */
class SmallCountsTest {

  @Test
  void countsBelowFiveAreSuppressedZeroIncluded() {
    for (long count = 0; count < 5; count++) {
      assertEquals(OptionalLong.empty(), SmallCounts.shown(count), "count " + count);
    }
    assertEquals(OptionalLong.of(5), SmallCounts.shown(5));
    assertEquals(OptionalLong.of(1234), SmallCounts.shown(1234));
  }

  @Test
  void aWeekStartsOnItsMondayInUtc() {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    assertEquals(monday, Weeks.startOf(monday));
    assertEquals(monday, Weeks.startOf(LocalDate.of(2026, 11, 29)));
    assertEquals(monday.plusWeeks(1), Weeks.startOf(LocalDate.of(2026, 11, 30)));
    assertEquals(monday, Weeks.startOf(Instant.parse("2026-11-29T23:59:59Z")));
    assertEquals(monday.plusWeeks(1), Weeks.startOf(Instant.parse("2026-11-30T00:00:00Z")));
  }
}
