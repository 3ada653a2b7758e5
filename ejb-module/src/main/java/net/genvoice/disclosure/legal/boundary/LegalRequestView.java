package net.genvoice.disclosure.legal.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.genvoice.disclosure.legal.entity.LegalRequest;

/** P18: a recorded legal request as the compliance officer sees it. */
public record LegalRequestView(
    String id,
    String kind,
    String authorityId,
    String reference,
    LocalDate issuedOn,
    LocalDate nonDisclosureUntil,
    List<String> subjects,
    List<String> dataCategories,
    String status,
    String recordedBy,
    Instant recordedAt,
    Instant fulfilledAt) {

  static LegalRequestView of(LegalRequest request) {
    return new LegalRequestView(
        request.id(),
        request.kind().name(),
        request.authorityId(),
        request.reference(),
        request.issuedOn(),
        request.nonDisclosureUntil(),
        request.subjects().stream().sorted().toList(),
        request.categories().stream().map(Enum::name).sorted().toList(),
        request.status().name(),
        request.recordedBy(),
        request.recordedAt(),
        request.fulfilledAt());
  }
}
