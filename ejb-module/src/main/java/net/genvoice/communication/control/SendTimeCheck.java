package net.genvoice.communication.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.genvoice.communication.entity.Channel;
import net.genvoice.communication.entity.SuppressionReason;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.customer.entity.Customer;

/**
 * P12: the check made at the moment a marketing message is sent, so that a customer who opts out,
 * or whose number goes on a do-not-call list, after the audience was computed is not reached: the
 * account is still active, the consent holds now ({@link Consents#hasCurrentConsent}), and the
 * audience query narrowed to this customer finds no reason to hold the message back.
 */
@ApplicationScoped
public class SendTimeCheck {

  @PersistenceContext EntityManager em;
  @EJB Consents consents;

  /** Why the message must not go now; empty when it may. */
  public Optional<SuppressionReason> holdBack(Customer customer, Channel channel, Instant now) {
    if (!customer.isActive()) {
      return Optional.of(SuppressionReason.ACCOUNT_CLOSED);
    }
    if (!consents.hasCurrentConsent(customer.id(), null, channel.purpose(), null)) {
      return Optional.of(SuppressionReason.CONSENT_WITHDRAWN);
    }
    List<?> rows =
        NativeStatements.of(em, AudienceQuery.reasonFor(channel, now, customer.id()))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.of(SuppressionReason.ACCOUNT_CLOSED);
    }
    Object reason = ((Object[]) rows.get(0))[1];
    return reason == null
        ? Optional.empty()
        : Optional.of(
            SuppressionReason.byCode(reason.toString())
                .orElseThrow(() -> new IllegalStateException("Unknown reason " + reason)));
  }
}
