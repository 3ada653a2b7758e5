package net.genvoice.disclosure.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.genvoice.credit.entity.CreditApplication;
import net.genvoice.credit.entity.CreditApplicationStatus;
import net.genvoice.disclosure.control.CreditApplicationLookup;

/** P21: a credit inquiry is possible only while the customer's own credit application is open. */
@ApplicationScoped
public class CreditApplicationRecords implements CreditApplicationLookup {

  @PersistenceContext EntityManager em;

  @Override
  public boolean hasOpenCreditApplication(String subjectId) {
    if (subjectId == null) {
      return false;
    }
    return em.createNamedQuery(CreditApplication.COUNT_WITH_STATUS, Long.class)
            .setParameter("customer", subjectId)
            .setParameter("status", CreditApplicationStatus.OPEN)
            .getSingleResult()
        > 0;
  }
}
