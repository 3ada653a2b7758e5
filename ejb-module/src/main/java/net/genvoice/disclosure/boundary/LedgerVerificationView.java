package net.genvoice.disclosure.boundary;

import net.genvoice.disclosure.ledger.control.ChainVerdict;

/**
 * Whether a subject's ledger is intact; if not, the first bad entry: its sequence number and id
 * (null when the entry at that place is missing) and what is wrong with it.
 */
public record LedgerVerificationView(
    String subjectId,
    boolean intact,
    long entries,
    Long firstBadSequence,
    String firstBadEntryId,
    String problem) {

  static LedgerVerificationView of(ChainVerdict verdict) {
    return new LedgerVerificationView(
        verdict.subjectId(),
        verdict.intact(),
        verdict.entries(),
        verdict.firstBadSequence(),
        verdict.firstBadEntryId(),
        verdict.problem());
  }
}
