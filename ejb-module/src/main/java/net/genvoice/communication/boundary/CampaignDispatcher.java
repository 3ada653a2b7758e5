package net.genvoice.communication.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the pending messages of running campaigns, one transaction per message ({@link
 * MessageDelivery}), outside any request, on the server's managed executor. A run hands its
 * campaign over once its transaction has committed (the audience is then visible); every half
 * minute the dispatcher also picks up whatever is left (after a restart, or a start that raced a
 * running drain). One drain at a time per server; with several servers the message lock keeps each
 * message decided once. No EJB timers: loading the EJB timer service at start-up made restarts of
 * the EAR fail (moduleClassLoaders is null) and readiness flap.
 */
@Singleton
@Startup
@DependsOn("Database")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignDispatcher {

  static final long RESUME_SECONDS = 30;
  private static final Logger LOG = Logger.getLogger(CampaignDispatcher.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Resource TransactionSynchronizationRegistry transactions;
  @EJB MessageDelivery delivery;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private ScheduledFuture<?> resumption;

  @PostConstruct
  void schedule() {
    resumption =
        executor.scheduleWithFixedDelay(
            this::drain, RESUME_SECONDS, RESUME_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    resumption.cancel(false);
  }

  /** Called in the transaction that starts a campaign: the drain starts once it has committed. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void dispatchAfterCommit(String campaignId) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before: the campaign's messages are written by then
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(CampaignDispatcher.this::drain);
            }
          }
        });
    LOG.fine(() -> "Campaign " + campaignId + " is dispatched once its start commits");
  }

  private void drain() {
    again.set(true);
    while (again.get() && draining.compareAndSet(false, true)) {
      try {
        again.set(false);
        drainOnce();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Campaign dispatch stopped; the next round resumes it", e);
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
