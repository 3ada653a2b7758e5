package net.genvoice.communication.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.genvoice.communication.control.Deliveries;
import net.genvoice.communication.control.SendTimeCheck;
import net.genvoice.communication.entity.Campaign;
import net.genvoice.communication.entity.CampaignStatus;
import net.genvoice.communication.entity.CustomerMessage;
import net.genvoice.communication.entity.MessageStatus;
import net.genvoice.communication.entity.SuppressionReason;
import net.genvoice.customer.entity.Customer;

/**
 * Sends one pending campaign message, each in a transaction of its own, for the {@link
 * CampaignDispatcher}; not for other callers. The message row is locked, so a message is decided
 * once even when two dispatchers meet; the customer row is locked too, so an opt-out either commits
 * before the check (and the message is suppressed) or waits until the message is out.
 */
@Stateless
public class MessageDelivery {

  static final int BATCH = 100;

  @PersistenceContext EntityManager em;
  @Inject SendTimeCheck check;
  @Inject Deliveries deliveries;

  Clock clock = Clock.systemUTC();

  /**
   * P12: checks consent and the lists again, at the moment of sending, then sends or suppresses.
   * Only a message that passes goes on to the policy gate (P23, {@link Deliveries}): consent to
   * marketing and the release to the provider are two decisions, in this order; the release's
   * decision and outcome are committed to the ledger in transactions of their own.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(String messageId) {
    CustomerMessage message =
        em.find(CustomerMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || !message.isPending()) {
      return;
    }
    Campaign campaign = em.find(Campaign.class, message.campaignId());
    Customer customer =
        em.find(Customer.class, message.customerId(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    Optional<SuppressionReason> holdBack = check.holdBack(customer, campaign.channel(), now);
    if (holdBack.isPresent()) {
      message.suppressed(holdBack.get(), now);
      return;
    }
    deliveries.deliver(message, customer, campaign.body(), now);
  }

  /** A message whose delivery broke down is failed, so the dispatch moves on. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void giveUp(String messageId) {
    CustomerMessage message =
        em.find(CustomerMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (message != null && message.isPending()) {
      message.failed(SuppressionReason.DELIVERY_FAILED, clock.instant());
    }
  }

  /** The running campaigns, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> runningCampaigns() {
    return em.createNamedQuery(Campaign.RUNNING, Campaign.class)
        .setParameter("status", CampaignStatus.RUNNING)
        .getResultStream()
        .map(Campaign::id)
        .toList();
  }

  /** The next pending messages of a campaign, in the order the customers signed up. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> nextPending(String campaignId) {
    return em.createQuery(
            "select m.id from CustomerMessage m, Customer c where c.id = m.customerId"
                + " and m.campaignId = :campaign and m.status = :pending"
                + " order by c.createdAt, c.id",
            String.class)
        .setParameter("campaign", campaignId)
        .setParameter("pending", MessageStatus.PENDING)
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** Completes the campaign once none of its messages is pending. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void completeIfDone(String campaignId) {
    Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
    if (campaign == null || campaign.status() != CampaignStatus.RUNNING) {
      return;
    }
    long pending =
        em.createQuery(
                "select count(m) from CustomerMessage m where m.campaignId = :campaign"
                    + " and m.status = :pending",
                Long.class)
            .setParameter("campaign", campaignId)
            .setParameter("pending", MessageStatus.PENDING)
            .getSingleResult();
    if (pending == 0) {
      campaign.complete(clock.instant());
    }
  }
}
