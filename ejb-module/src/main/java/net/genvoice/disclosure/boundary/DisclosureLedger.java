package net.genvoice.disclosure.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.genvoice.disclosure.ledger.control.DisclosureVisibility;
import net.genvoice.disclosure.ledger.control.Ledger;
import net.genvoice.disclosure.ledger.entity.EntryType;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;
import net.genvoice.disclosure.legal.entity.LegalRequest;
import net.genvoice.platform.error.InvalidInputException;

/**
 * Reading the disclosure ledger: the compliance officer's audit of a subject's entries and the
 * verification of their hash chain (every entry, DENIAL and OUTCOME included).
 */
@Stateless
public class DisclosureLedger {

  @Inject Ledger ledger;
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * P17-P21: the customer's own disclosures, newest first: releases only, each with its latest
   * outcome; a release under a running non-disclosure order stays hidden until the order's end.
   */
  public List<DisclosureView> disclosuresOf(String customerId) {
    List<LedgerEntry> chain = ledger.chainOf(requireSubject(customerId));
    Map<String, LedgerEntry> outcomes = new HashMap<>();
    chain.stream()
        .filter(entry -> entry.type() == EntryType.OUTCOME)
        .forEach(entry -> outcomes.put(entry.releaseId(), entry));
    Map<String, LocalDate> nonDisclosure = nonDisclosureOrders(customerId);
    var now = clock.instant();
    return chain.stream()
        .filter(entry -> DisclosureVisibility.visibleToCustomer(entry, nonDisclosure, now))
        .sorted((a, b) -> Long.compare(b.sequence(), a.sequence()))
        .map(entry -> DisclosureView.of(entry, outcomes.get(entry.id())))
        .toList();
  }

  /** Detects an edited, reordered or deleted entry and names the first bad one. */
  public LedgerVerificationView verify(String subjectId) {
    return LedgerVerificationView.of(ledger.verify(requireSubject(subjectId)));
  }

  /** Every entry of the subject, oldest first. */
  public List<LedgerEntryView> entriesOf(String subjectId) {
    return ledger.chainOf(requireSubject(subjectId)).stream().map(LedgerEntryView::of).toList();
  }

  /** The non-disclosure end dates of the legal requests naming the customer, by request id. */
  private Map<String, LocalDate> nonDisclosureOrders(String customerId) {
    Map<String, LocalDate> until = new HashMap<>();
    em.createNamedQuery(LegalRequest.NAMING, LegalRequest.class)
        .setParameter("subject", customerId)
        .getResultStream()
        .filter(request -> request.nonDisclosureUntil() != null)
        .forEach(request -> until.put(request.id(), request.nonDisclosureUntil()));
    return until;
  }

  private static String requireSubject(String subjectId) {
    if (subjectId == null || subjectId.isBlank() || subjectId.length() > 36) {
      throw InvalidInputException.of("subjectId", "Name the subject (a customer id)");
    }
    return subjectId;
  }
}
