package net.genvoice.communication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** P12: telemarketing needs a registry file at most 31 days old; none at all is as bad. */
class RegistryFreshnessTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void aFileOfThirtyOneDaysAgoIsFreshOneOfThirtyTwoIsStale() {
    assertEquals(Optional.empty(), RegistryFreshness.check(Optional.of(TODAY), TODAY));
    assertEquals(
        Optional.empty(), RegistryFreshness.check(Optional.of(TODAY.minusDays(31)), TODAY));
    assertEquals(
        Optional.of(RegistryFreshness.Problem.STALE),
        RegistryFreshness.check(Optional.of(TODAY.minusDays(32)), TODAY));
  }

  @Test
  void noImportAtAllIsMissing() {
    assertEquals(
        Optional.of(RegistryFreshness.Problem.MISSING),
        RegistryFreshness.check(Optional.empty(), TODAY));
  }
}
