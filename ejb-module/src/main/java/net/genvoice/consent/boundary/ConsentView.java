package net.genvoice.consent.boundary;

import java.time.Instant;
import java.util.List;
import net.genvoice.consent.entity.ConsentEvent;
import net.genvoice.consent.entity.ConsentKey;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * The current state of one consent. {@code byDefault} marks an opt-out purpose nobody has withdrawn
 * yet (P12); otherwise {@code eventId} names the event the state comes from.
 */
public record ConsentView(
    String purpose,
    String recipient,
    String scope,
    List<String> data,
    boolean granted,
    boolean byDefault,
    String channel,
    Instant since,
    String eventId) {

  static ConsentView of(ConsentEvent latest) {
    ConsentKey key = latest.key();
    return new ConsentView(
        key.purpose().code(),
        key.recipientId(),
        key.scope(),
        latest.data().stream().map(PiCategory::name).toList(),
        latest.isGranted(),
        false,
        latest.evidence().channel().name(),
        latest.recordedAt(),
        latest.id());
  }

  static ConsentView byDefault(ConsentKey key) {
    return new ConsentView(
        key.purpose().code(),
        null,
        null,
        List.of(),
        key.purpose().isOptOut(),
        true,
        null,
        null,
        null);
  }
}
