package net.genvoice.communication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Issue 3: keeps {@code phone_suppression} derived from the two do-not-call lists, inside the
 * caller's transaction, right after the caller changed a list and flushed ({@link
 * PhoneSuppressionRows}).
 */
@ApplicationScoped
public class PhoneSuppressions {

  @PersistenceContext EntityManager em;

  /** The number's row again from both lists, after one of its entries changed. */
  public void refresh(String phone) {
    em.createNativeQuery(PhoneSuppressionRows.CLEAR_ONE).setParameter(1, phone).executeUpdate();
    em.createNativeQuery(PhoneSuppressionRows.DERIVE_ONE)
        .setParameter(1, phone)
        .setParameter(2, phone)
        .executeUpdate();
  }

  /** Every row again from both lists, after a registry import or a purge. */
  public void rebuild() {
    em.createNativeQuery(PhoneSuppressionRows.CLEAR).executeUpdate();
    em.createNativeQuery(PhoneSuppressionRows.DERIVE).executeUpdate();
  }
}
