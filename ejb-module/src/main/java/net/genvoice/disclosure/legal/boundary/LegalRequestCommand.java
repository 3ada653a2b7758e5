package net.genvoice.disclosure.legal.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * P18: a subpoena or court order as the compliance officer records it. {@code kind} is {@code
 * SUBPOENA} or {@code COURT_ORDER}; {@code authorityId} names a court or law-enforcement entry of
 * the recipient registry; {@code subjects} are customer ids; {@code dataCategories} are names of
 * the PI catalogue ({@code IDENTITY}, {@code CONTACT} ...); {@code nonDisclosureUntil} (optional)
 * is the day from which the customers may see the release.
 */
public record LegalRequestCommand(
    String kind,
    String authorityId,
    String reference,
    LocalDate issuedOn,
    List<String> subjects,
    List<String> dataCategories,
    LocalDate nonDisclosureUntil) {}
