package net.genvoice.disclosure.registry.boundary;

import java.time.Instant;
import net.genvoice.disclosure.registry.entity.RecipientAudit;

/**
 * P23: one audited registry change: its place in the recipient's history (1, 2, 3 ...), who, when,
 * and the entry before and after (JSON).
 */
public record RecipientAuditView(
    String id,
    String recipientId,
    int sequence,
    String action,
    String changedBy,
    Instant changedAt,
    String before,
    String after) {

  static RecipientAuditView of(RecipientAudit audit) {
    return new RecipientAuditView(
        audit.id(),
        audit.recipientId(),
        audit.sequence(),
        audit.action().name(),
        audit.changedBy(),
        audit.changedAt(),
        audit.before(),
        audit.after());
  }
}
