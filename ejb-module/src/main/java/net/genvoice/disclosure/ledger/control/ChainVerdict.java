package net.genvoice.disclosure.ledger.control;

/**
 * The result of checking one subject's chain: intact, or the first entry that breaks it (its
 * sequence and id; the id is null when the entry at that place is missing) and what is wrong.
 */
public record ChainVerdict(
    String subjectId,
    boolean intact,
    long entries,
    Long firstBadSequence,
    String firstBadEntryId,
    String problem) {

  static ChainVerdict intact(String subjectId, long entries) {
    return new ChainVerdict(subjectId, true, entries, null, null, null);
  }

  static ChainVerdict broken(
      String subjectId, long entries, long sequence, String entryId, String problem) {
    return new ChainVerdict(subjectId, false, entries, sequence, entryId, problem);
  }
}
