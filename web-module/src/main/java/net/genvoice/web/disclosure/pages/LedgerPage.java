package net.genvoice.web.disclosure.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import net.genvoice.disclosure.boundary.DisclosureLedger;
import net.genvoice.disclosure.boundary.LedgerEntryView;
import net.genvoice.disclosure.boundary.LedgerVerificationView;
import net.genvoice.web.portal.FieldMessages;

/**
 * staff/area/compliance/ledger.xhtml?subject=ID: the compliance officer reads a customer's whole
 * ledger, denials included, and whether its hash chain is intact.
 */
@Named
@RequestScoped
public class LedgerPage {

  @EJB DisclosureLedger ledger;

  private String subject;
  private LedgerVerificationView verification;
  private List<LedgerEntryView> entries = List.of();

  /** Runs on the GET that names a subject. */
  public void load() {
    if (subject == null || subject.isBlank()) {
      return;
    }
    try {
      verification = ledger.verify(subject.strip());
      entries = ledger.entriesOf(subject.strip());
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, "verify", "");
    }
  }

  public String time(LedgerEntryView entry) {
    return DisclosureWords.time(entry.recordedAt());
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public LedgerVerificationView getVerification() {
    return verification;
  }

  public List<LedgerEntryView> getEntries() {
    return entries;
  }
}
