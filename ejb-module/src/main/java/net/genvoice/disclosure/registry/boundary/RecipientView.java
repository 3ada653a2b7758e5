package net.genvoice.disclosure.registry.boundary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.genvoice.disclosure.registry.entity.Recipient;

/** P23: a registry entry: per purpose the exact fields the recipient may receive. */
public record RecipientView(
    String id,
    String name,
    String kind,
    String agreementReference,
    boolean active,
    Map<String, List<String>> purposes,
    Instant changedAt) {

  static RecipientView of(Recipient recipient) {
    Map<String, List<String>> purposes = new LinkedHashMap<>();
    recipient
        .allowedFields()
        .forEach((purpose, fields) -> purposes.put(purpose.name(), fields.fieldNames()));
    return new RecipientView(
        recipient.id(),
        recipient.name(),
        recipient.kind().name(),
        recipient.agreementReference(),
        recipient.isActive(),
        purposes,
        recipient.changedAt());
  }
}
