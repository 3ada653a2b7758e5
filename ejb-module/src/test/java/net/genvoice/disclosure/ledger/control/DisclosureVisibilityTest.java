package net.genvoice.disclosure.ledger.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.ledger.entity.EntryType;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;
import net.genvoice.disclosure.ledger.entity.LedgerFacts;
import net.genvoice.disclosure.ledger.entity.LedgerHead;
import org.junit.jupiter.api.Test;

/** P18: a release under a non-disclosure order is hidden until the order's end date, by itself. */
class DisclosureVisibilityTest {

  private static final String ORDER = "legal-request-1";
  private static final Map<String, LocalDate> UNTIL = Map.of(ORDER, LocalDate.of(2027, 3, 1));

  @Test
  void aReleaseUnderANonDisclosureOrderAppearsOnTheOrdersEndDate() {
    LedgerEntry release = entry(EntryType.RELEASE, ORDER);
    Clock clock = Clock.fixed(Instant.parse("2027-02-28T23:59:59Z"), ZoneOffset.UTC);
    assertFalse(DisclosureVisibility.visibleToCustomer(release, UNTIL, clock.instant()));

    clock = Clock.offset(clock, java.time.Duration.ofSeconds(1)); // 2027-03-01T00:00:00Z
    assertTrue(DisclosureVisibility.visibleToCustomer(release, UNTIL, clock.instant()));
    assertTrue(
        DisclosureVisibility.visibleToCustomer(
            release, UNTIL, Instant.parse("2031-01-01T00:00:00Z")));
  }

  @Test
  void otherReleasesAreVisibleAndDenialsAndOutcomesNever() {
    Instant now = Instant.parse("2027-01-01T00:00:00Z");
    assertTrue(DisclosureVisibility.visibleToCustomer(entry(EntryType.RELEASE, null), UNTIL, now));
    assertTrue(
        DisclosureVisibility.visibleToCustomer(entry(EntryType.RELEASE, "other"), UNTIL, now));
    assertFalse(DisclosureVisibility.visibleToCustomer(entry(EntryType.DENIAL, null), UNTIL, now));
    assertFalse(DisclosureVisibility.visibleToCustomer(entry(EntryType.OUTCOME, null), UNTIL, now));
  }

  private static LedgerEntry entry(EntryType type, String requestId) {
    return new LedgerEntry(
        new LedgerFacts(
            type,
            "subject",
            "court",
            "Court",
            Purpose.COMPLY_WITH_LAW,
            LegalBasis.LEGAL_OBLIGATION,
            "Order 1",
            "Court",
            FieldSet.of(DisclosableField.CUSTOMER_NAME),
            requestId,
            null,
            null,
            null,
            null,
            null),
        1,
        Instant.parse("2027-01-01T00:00:00Z"),
        LedgerHead.GENESIS);
  }
}
