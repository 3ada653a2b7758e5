package net.genvoice.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** P23: whether a partner credential may be tied to a recipient: an active registry entry. */
@ApplicationScoped
public class RegisteredRecipients {

  @PersistenceContext EntityManager em;

  public boolean isRegistered(String recipientId) {
    if (recipientId == null || recipientId.isBlank() || recipientId.length() > 100) {
      return false;
    }
    Number count =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM recipient WHERE id = ? AND active = TRUE")
                .setParameter(1, recipientId)
                .getSingleResult();
    return count.longValue() > 0;
  }
}
