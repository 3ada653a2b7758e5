package net.genvoice.disclosure.legal.boundary;

import java.util.Map;

/**
 * One customer's part of a legal export: the release that allowed it (or the denial and its reason
 * code) and the permitted fields by wire name ("customer.name" ...).
 */
public record SubjectExportView(
    String subjectId,
    boolean released,
    String releaseId,
    String reasonCode,
    Map<String, String> fields) {}
