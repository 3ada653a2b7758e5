package net.genvoice.partner.boundary;

import java.time.Instant;
import net.genvoice.partner.entity.PartnerCredential;

/** A partner's credential as the compliance officer sees it: never the secret nor its hash. */
public record PartnerView(
    String partnerId,
    String recipientId,
    boolean active,
    Instant createdAt,
    Instant rotatedAt,
    String changedBy) {

  static PartnerView of(PartnerCredential credential) {
    return new PartnerView(
        credential.partnerId(),
        credential.recipientId(),
        credential.isActive(),
        credential.createdAt(),
        credential.rotatedAt(),
        credential.changedBy());
  }
}
