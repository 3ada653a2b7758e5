package net.genvoice.communication.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * P12: the timer that deletes do-not-call entries five years after the latest request: a minute
 * after every start (catching up on downtime) and every six hours from then on, on the server's
 * managed executor (not an EJB timer, see {@link CampaignDispatcher}). An expired entry no longer
 * holds even before it is purged.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DoNotCallPurge {

  static final long EVERY_HOURS = 6;
  private static final Logger LOG = Logger.getLogger(DoNotCallPurge.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @EJB DoNotCallEntries entries;

  private ScheduledFuture<?> purge;

  @PostConstruct
  void schedule() {
    purge =
        executor.scheduleAtFixedRate(
            this::purgeExpired, 60, TimeUnit.HOURS.toSeconds(EVERY_HOURS), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    purge.cancel(false);
  }

  private void purgeExpired() {
    try {
      int purged = entries.purgeExpired();
      LOG.info(() -> "Do-not-call purge: " + purged + " expired entries deleted");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Do-not-call purge failed; it runs again in " + EVERY_HOURS + " h", e);
    }
  }
}
