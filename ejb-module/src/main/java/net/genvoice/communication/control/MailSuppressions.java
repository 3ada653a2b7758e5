package net.genvoice.communication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import net.genvoice.communication.entity.DirectMailSuppression;

/**
 * P12: suppresses a customer's current postal address for marketing letters. The key is computed by
 * the database ({@link PostalKeys#OF_CUSTOMER}), the same expression the audience matches with.
 */
@ApplicationScoped
public class MailSuppressions {

  @PersistenceContext EntityManager em;

  /** Suppresses the address; an address suppressed already stays as it is. */
  public void suppressAddressOf(
      String customerId, DirectMailSuppression.Reason reason, Instant now) {
    em.createNativeQuery(
            "INSERT INTO direct_mail_suppression (id, address_key, reason, created_at)"
                + " SELECT ?, "
                + PostalKeys.OF_CUSTOMER
                + ", ?, ? FROM customer c WHERE c.id = ? AND NOT EXISTS (SELECT 1 FROM"
                + " direct_mail_suppression s WHERE s.address_key = "
                + PostalKeys.OF_CUSTOMER
                + ")")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, reason.name())
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, customerId)
        .executeUpdate();
  }
}
