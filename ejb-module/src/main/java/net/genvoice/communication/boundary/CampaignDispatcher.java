package net.genvoice.communication.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the pending messages of running campaigns, one transaction per message ({@link
 * MessageDelivery}), outside any request. A run starts it with a timer created in the run's
 * transaction, so it fires only once the audience has been committed; a schedule every half minute
 * picks up whatever is left (after a restart, or a start that raced a running drain). One drain at
 * a time per server; with several servers the message lock keeps each message decided once.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignDispatcher {

  private static final Logger LOG = Logger.getLogger(CampaignDispatcher.class.getName());

  @Resource TimerService timers;
  @EJB MessageDelivery delivery;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  /** Called in the transaction that starts a campaign: the timer fires after it commits. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void dispatchAfterCommit(String campaignId) {
    timers.createSingleActionTimer(1, new TimerConfig(campaignId, false));
  }

  @Timeout
  void started() {
    drain();
  }

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void resume() {
    drain();
  }

  private void drain() {
    again.set(true);
    while (again.get() && draining.compareAndSet(false, true)) {
      try {
        again.set(false);
        drainOnce();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Campaign dispatch stopped; the next schedule resumes it", e);
        return;
      } finally {
        draining.set(false);
      }
    }
  }

  private void drainOnce() {
    for (String campaignId : delivery.runningCampaigns()) {
      for (List<String> batch = delivery.nextPending(campaignId);
          !batch.isEmpty();
          batch = delivery.nextPending(campaignId)) {
        batch.forEach(this::deliverOrGiveUp);
      }
      delivery.completeIfDone(campaignId);
    }
  }

  /** A message that cannot be decided (a database failure) is failed, not retried forever. */
  private void deliverOrGiveUp(String messageId) {
    try {
      delivery.deliver(messageId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Message " + messageId + " could not be sent; marked failed", e);
      delivery.giveUp(messageId);
    }
  }
}
