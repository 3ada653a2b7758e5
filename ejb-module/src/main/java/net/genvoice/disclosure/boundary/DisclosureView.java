package net.genvoice.disclosure.boundary;

import java.time.Instant;
import java.util.List;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;

/**
 * One disclosure as its customer sees it: to whom, when, why (purpose, legal basis and its
 * reference), which data (categories and the exact fields) and how the call ended ({@code
 * SUCCEEDED}, {@code FAILED}, or null while none is recorded): the latest OUTCOME entry of the
 * release, or the outcome the release entry carries itself (a synchronous answer).
 */
public record DisclosureView(
    String id,
    Instant disclosedAt,
    String recipientId,
    String recipientName,
    String purpose,
    String legalBasis,
    String reference,
    String issuingAuthority,
    List<String> dataCategories,
    List<String> fields,
    String outcome) {

  static DisclosureView of(LedgerEntry release, LedgerEntry outcome) {
    return new DisclosureView(
        release.id(),
        release.recordedAt(),
        release.recipientId(),
        release.recipientName() == null ? release.recipientId() : release.recipientName(),
        release.purpose().name(),
        release.basis().name(),
        release.reference(),
        release.issuingAuthority(),
        release.categoryList(),
        release.fieldNameList(),
        outcome == null ? release.outcome() : outcome.outcome());
  }
}
