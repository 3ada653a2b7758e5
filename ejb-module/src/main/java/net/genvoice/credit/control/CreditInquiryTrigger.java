package net.genvoice.credit.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.genvoice.credit.boundary.CreditApplicationOpened;
import net.genvoice.credit.boundary.CreditChecks;

/**
 * P21: once a credit application is committed (so the policy engine, in its own transaction, sees
 * it open), the credit inquiry runs. A failure (the agency unavailable) is recorded in the ledger
 * and leaves the application open; the inquiry can then run again from the staff API.
 */
@ApplicationScoped
public class CreditInquiryTrigger {

  private static final Logger LOG = Logger.getLogger(CreditInquiryTrigger.class.getName());

  @EJB CreditChecks checks;

  void onOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) CreditApplicationOpened opened) {
    try {
      checks.inquireOnOpening(opened.customerId());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "The credit inquiry on application {0} did not complete: {1}",
          new Object[] {opened.applicationId(), e.getClass().getSimpleName()});
    }
  }
}
