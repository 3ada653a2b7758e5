package net.genvoice.disclosure.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import net.genvoice.disclosure.ledger.control.Ledger;
import net.genvoice.platform.error.InvalidInputException;

/**
 * Reading the disclosure ledger: the compliance officer's audit of a subject's entries and the
 * verification of their hash chain (every entry, DENIAL and OUTCOME included).
 */
@Stateless
public class DisclosureLedger {

  @Inject Ledger ledger;

  /** Detects an edited, reordered or deleted entry and names the first bad one. */
  public LedgerVerificationView verify(String subjectId) {
    return LedgerVerificationView.of(ledger.verify(requireSubject(subjectId)));
  }

  /** Every entry of the subject, oldest first. */
  public List<LedgerEntryView> entriesOf(String subjectId) {
    return ledger.chainOf(requireSubject(subjectId)).stream().map(LedgerEntryView::of).toList();
  }

  private static String requireSubject(String subjectId) {
    if (subjectId == null || subjectId.isBlank() || subjectId.length() > 36) {
      throw InvalidInputException.of("subjectId", "Name the subject (a customer id)");
    }
    return subjectId;
  }
}
