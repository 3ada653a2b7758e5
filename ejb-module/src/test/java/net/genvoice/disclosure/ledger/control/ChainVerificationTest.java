package net.genvoice.disclosure.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.ledger.entity.EntryType;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;
import net.genvoice.disclosure.ledger.entity.LedgerFacts;
import net.genvoice.disclosure.ledger.entity.LedgerHead;
import org.junit.jupiter.api.Test;

/** The hash chain's rules without a database: what breaks it and which entry is named. */
class ChainVerificationTest {

  private static final String SUBJECT = "subject-1";

  @Test
  void anUnbrokenChainIsIntactAndAnEmptyOneToo() {
    Chain chain = Chain.of(4);
    assertTrue(ChainVerification.verify(SUBJECT, chain.entries, chain.head).intact());
    assertEquals(4, ChainVerification.verify(SUBJECT, chain.entries, chain.head).entries());
    assertTrue(ChainVerification.verify(SUBJECT, List.of(), null).intact());
  }

  @Test
  void aMissingMiddleEntryIsNamedByItsPlace() {
    Chain chain = Chain.of(4);
    chain.entries.remove(1);
    ChainVerdict verdict = ChainVerification.verify(SUBJECT, chain.entries, chain.head);
    assertFalse(verdict.intact());
    assertEquals(2L, verdict.firstBadSequence());
    assertNull(verdict.firstBadEntryId(), "the missing entry has no id left to name");
  }

  @Test
  void aMissingLastEntryIsNoticedThroughTheHead() {
    Chain chain = Chain.of(3);
    chain.entries.remove(2);
    ChainVerdict verdict = ChainVerification.verify(SUBJECT, chain.entries, chain.head);
    assertFalse(verdict.intact());
    assertEquals(3L, verdict.firstBadSequence());
  }

  @Test
  void anEntryFromAnotherPlaceBreaksThePreviousHash() {
    Chain chain = Chain.of(3);
    Chain other = Chain.of(3);
    chain.entries.set(1, other.entries.get(1));
    ChainVerdict verdict = ChainVerification.verify(SUBJECT, chain.entries, chain.head);
    assertEquals(2L, verdict.firstBadSequence());
    assertEquals(other.entries.get(1).id(), verdict.firstBadEntryId());
  }

  @Test
  void anEntryPastTheHeadIsNamed() {
    Chain chain = Chain.of(3);
    LedgerHead shortHead = new LedgerHead(SUBJECT);
    shortHead.advance(2, chain.entries.get(1).entryHash());
    ChainVerdict verdict = ChainVerification.verify(SUBJECT, chain.entries, shortHead);
    assertEquals(3L, verdict.firstBadSequence());
    assertEquals(chain.entries.get(2).id(), verdict.firstBadEntryId());
  }

  @Test
  void theHashCoversThePreviousHashAndAnEntryIsSealedOnce() {
    LedgerEntry first = entry(1, LedgerHead.GENESIS);
    LedgerEntry sameButOtherPrevious = entry(1, "f".repeat(64));
    assertNotEquals(
        EntryHashes.canonical(first).replace(first.id(), "x"),
        EntryHashes.canonical(sameButOtherPrevious).replace(sameButOtherPrevious.id(), "x"));
    first.seal(EntryHashes.of(first));
    assertThrows(IllegalStateException.class, () -> first.seal("0"));
  }

  @Test
  void valuesAreWrittenWithTheirLengthSoNoTwoEntriesShareACanonicalForm() {
    String canonical = EntryHashes.canonical(entry(1, LedgerHead.GENESIS));
    assertTrue(canonical.startsWith(EntryHashes.FORMAT + "|36:"), canonical);
    assertTrue(canonical.contains("|19:paymentMethod.token|"), canonical);
    assertTrue(canonical.contains("|-|"), "a missing value is written as -: " + canonical);
  }

  private static LedgerEntry entry(long sequence, String previousHash) {
    return new LedgerEntry(
        new LedgerFacts(
            EntryType.RELEASE,
            SUBJECT,
            "card-provider",
            "Card provider",
            Purpose.VERIFY_PAYMENT_METHOD,
            LegalBasis.SERVICE_NECESSITY,
            null,
            null,
            FieldSet.of(DisclosableField.PAYMENT_TOKEN),
            "request-" + sequence,
            null,
            null,
            "Permitted",
            null,
            null),
        sequence,
        Instant.parse("2026-11-01T10:15:30.123456789Z"),
        previousHash);
  }

  private record Chain(List<LedgerEntry> entries, LedgerHead head) {
    static Chain of(int size) {
      List<LedgerEntry> entries = new ArrayList<>();
      String previous = LedgerHead.GENESIS;
      for (int sequence = 1; sequence <= size; sequence++) {
        LedgerEntry entry = entry(sequence, previous);
        entry.seal(EntryHashes.of(entry));
        entries.add(entry);
        previous = entry.entryHash();
      }
      LedgerHead head = new LedgerHead(SUBJECT);
      head.advance(size, previous);
      return new Chain(entries, head);
    }
  }
}
