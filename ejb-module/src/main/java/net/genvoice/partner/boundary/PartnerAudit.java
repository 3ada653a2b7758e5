package net.genvoice.partner.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import net.genvoice.partner.control.PartnerIds;
import net.genvoice.partner.entity.PartnerAuditEvent;
import net.genvoice.partner.entity.PartnerChannel;

/**
 * The partner audit: records a refused partner call in its own transaction, so the record stays
 * when the refusal rolls back the caller's. Every value is cut to its column; nothing the caller
 * sent beyond the claimed partner id and the request id is kept (never a secret). An EJB, not a CDI
 * control, because the partner services' WAR calls it and has no persistence unit of its own.
 */
@Stateless
public class PartnerAudit {

  static final int REQUEST_ID_MAX = 100;
  static final int CODE_MAX = 60;
  static final int ADDRESS_MAX = 45;

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(
      String claimedPartnerId,
      PartnerChannel channel,
      String code,
      String requestId,
      String remoteAddress) {
    em.persist(
        new PartnerAuditEvent(
            clock.instant(),
            PartnerIds.forAudit(claimedPartnerId),
            channel,
            cut(code, CODE_MAX),
            cut(requestId, REQUEST_ID_MAX),
            cut(remoteAddress, ADDRESS_MAX)));
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
