package net.genvoice.disclosure.ledger.entity;

import java.util.Objects;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;

/**
 * What one ledger entry says, before it gets its place in the chain. {@code fields} are the fields
 * released (a release, an outcome) or asked for (a denial); {@code releaseId} names the release an
 * outcome belongs to; {@code outcome} and {@code detail} only for an outcome.
 */
public record LedgerFacts(
    EntryType type,
    String subjectId,
    String recipientId,
    String recipientName,
    Purpose purpose,
    LegalBasis basis,
    String reference,
    String issuingAuthority,
    FieldSet fields,
    String requestId,
    String releaseId,
    String reasonCode,
    String explanation,
    String outcome,
    String detail) {

  public LedgerFacts {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(fields, "fields");
  }
}
