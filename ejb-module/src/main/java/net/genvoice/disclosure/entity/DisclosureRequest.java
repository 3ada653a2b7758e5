package net.genvoice.disclosure.entity;

import java.util.Objects;

/**
 * A question to the policy engine: may these fields of this subject go to this recipient, for this
 * purpose, on this legal basis? {@code reference} (a court order number, a case, an invoice) and
 * {@code issuingAuthority} (the court or agency) may be null; the bases of P18 require them.
 */
public record DisclosureRequest(
    String subjectId,
    String recipientId,
    Purpose purpose,
    LegalBasis basis,
    FieldSet fields,
    String reference,
    String issuingAuthority) {

  public DisclosureRequest {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(fields, "fields");
  }

  /** A request that carries no reference and no issuing authority. */
  public static DisclosureRequest of(
      String subjectId, String recipientId, Purpose purpose, LegalBasis basis, FieldSet fields) {
    return new DisclosureRequest(subjectId, recipientId, purpose, basis, fields, null, null);
  }
}
