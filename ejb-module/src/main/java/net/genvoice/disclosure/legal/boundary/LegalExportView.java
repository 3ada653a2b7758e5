package net.genvoice.disclosure.legal.boundary;

import java.time.Instant;
import java.util.List;

/** P18: the export that fulfils a legal request, as handed to the authority. */
public record LegalExportView(
    String legalRequestId,
    String kind,
    String authorityId,
    String authorityName,
    String reference,
    Instant exportedAt,
    List<SubjectExportView> subjects) {}
