package net.genvoice.partner.boundary;

import java.time.Instant;
import net.genvoice.partner.entity.PartnerAuditEvent;

/** A refused partner call of the partner audit, as the compliance officer reads it. */
public record PartnerRefusalView(
    String id,
    Instant occurredAt,
    String partnerId,
    String channel,
    String code,
    String requestId) {

  static PartnerRefusalView of(PartnerAuditEvent event) {
    return new PartnerRefusalView(
        event.id(),
        event.occurredAt(),
        event.partnerId(),
        event.channel().name(),
        event.code(),
        event.requestId());
  }
}
