package net.genvoice.consent.boundary;

import java.time.Instant;
import java.util.List;
import net.genvoice.consent.entity.ConsentEvent;
import net.genvoice.consent.entity.ConsentEvidence;
import net.genvoice.privacy.catalogue.PiCategory;

/** One event of the consent history with its evidence (P17). */
public record ConsentEventView(
    String id,
    String purpose,
    String recipient,
    String scope,
    List<String> data,
    boolean granted,
    String channel,
    String textShown,
    String textVersion,
    String capturedBy,
    String callReference,
    String documentReference,
    String sourceIp,
    Instant recordedAt) {

  static ConsentEventView of(ConsentEvent event) {
    ConsentEvidence evidence = event.evidence();
    return new ConsentEventView(
        event.id(),
        event.purpose().code(),
        event.key().recipientId(),
        event.key().scope(),
        event.data().stream().map(PiCategory::name).toList(),
        event.isGranted(),
        evidence.channel().name(),
        evidence.textShown(),
        evidence.textVersion(),
        evidence.capturedBy(),
        evidence.callReference(),
        evidence.documentReference(),
        evidence.sourceAddress(),
        event.recordedAt());
  }
}
