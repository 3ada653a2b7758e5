package net.genvoice.disclosure.ledger.control;

import java.util.List;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;
import net.genvoice.disclosure.ledger.entity.LedgerHead;

/**
 * Walks one subject's chain in sequence order and names the first entry that breaks it: a place out
 * of order or missing (a deleted or reordered entry), a previous hash that is not the hash of the
 * entry before (a removed or inserted one), a hash that no longer matches the entry's content (an
 * edit). The head must end where the last entry does, so a deleted last entry is noticed too.
 */
public final class ChainVerification {

  private ChainVerification() {}

  /**
   * @param chain the subject's entries ordered by sequence number
   * @param head the subject's chain head; null when the subject has none
   */
  public static ChainVerdict verify(String subjectId, List<LedgerEntry> chain, LedgerHead head) {
    long size = chain.size();
    String previousHash = LedgerHead.GENESIS;
    long expected = 1;
    for (LedgerEntry entry : chain) {
      if (entry.sequence() != expected) {
        return ChainVerdict.broken(
            subjectId,
            size,
            expected,
            entry.sequence() > expected ? null : entry.id(),
            entry.sequence() > expected
                ? "Entry "
                    + expected
                    + " is missing (the next entry found is "
                    + entry.sequence()
                    + ")"
                : "Entry " + entry.id() + " is out of order");
      }
      if (!previousHash.equals(entry.previousHash())) {
        return ChainVerdict.broken(
            subjectId,
            size,
            expected,
            entry.id(),
            "The previous hash does not match the entry before it");
      }
      if (!EntryHashes.of(entry).equals(entry.entryHash())) {
        return ChainVerdict.broken(
            subjectId, size, expected, entry.id(), "The hash does not match the entry's content");
      }
      previousHash = entry.entryHash();
      expected++;
    }
    long headSequence = head == null ? 0 : head.lastSequence();
    String headHash = head == null ? LedgerHead.GENESIS : head.lastHash();
    if (headSequence < size) {
      LedgerEntry uncovered = chain.get((int) headSequence);
      return ChainVerdict.broken(
          subjectId,
          size,
          uncovered.sequence(),
          uncovered.id(),
          "The chain's head ends at entry " + headSequence + ": this entry was added past it");
    }
    if (headSequence > size || !headHash.equals(previousHash)) {
      return ChainVerdict.broken(
          subjectId,
          size,
          size + 1,
          null,
          "Entry " + (size + 1) + " is missing: the chain's head names entry " + headSequence);
    }
    return ChainVerdict.intact(subjectId, size);
  }
}
