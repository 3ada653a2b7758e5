package net.genvoice.disclosure.boundary;

import java.time.Instant;
import java.util.List;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;

/** One ledger entry as the compliance officer audits it, hashes included. */
public record LedgerEntryView(
    String id,
    long sequence,
    String type,
    Instant recordedAt,
    String recipientId,
    String recipientName,
    String purpose,
    String legalBasis,
    String reference,
    String issuingAuthority,
    List<String> dataCategories,
    List<String> fields,
    String requestId,
    String releaseId,
    String reasonCode,
    String explanation,
    String outcome,
    String detail,
    String previousHash,
    String hash) {

  static LedgerEntryView of(LedgerEntry e) {
    return new LedgerEntryView(
        e.id(),
        e.sequence(),
        e.type().name(),
        e.recordedAt(),
        e.recipientId(),
        e.recipientName(),
        e.purpose().name(),
        e.basis().name(),
        e.reference(),
        e.issuingAuthority(),
        e.categoryList(),
        e.fieldNameList(),
        e.requestId(),
        e.releaseId(),
        e.reasonCode(),
        e.explanation(),
        e.outcome(),
        e.detail(),
        e.previousHash(),
        e.entryHash());
  }
}
