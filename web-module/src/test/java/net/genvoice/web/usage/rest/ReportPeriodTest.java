package net.genvoice.web.usage.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import net.genvoice.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The period of a usage report: ISO dates, by default the last twelve weeks. */
class ReportPeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void defaultsToTheTwelveWeeksUpToToday() {
    assertEquals(new ReportPeriod(TODAY.minusWeeks(11), TODAY), ReportPeriod.of(null, " ", TODAY));
    assertEquals(
        new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)),
        ReportPeriod.of("2026-09-01", "2026-10-01", TODAY));
  }

  @Test
  void aDateThatIsNoneIsRefusedNamingItsField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> ReportPeriod.of("last week", "2026-13-01", TODAY));
    assertEquals(Set.of("from", "to"), refused.fieldErrors().keySet());
  }
}
