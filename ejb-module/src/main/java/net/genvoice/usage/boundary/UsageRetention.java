package net.genvoice.usage.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import net.genvoice.usage.control.UsageSettings;
import net.genvoice.usage.entity.FeatureUsageWeek;

/**
 * P04: usage events live for the retention period ({@code genvoice.usage.retention}) and no longer.
 * Every hour the events older than that are counted into their feature's week and erased, in one
 * transaction; a lock row keeps two servers from counting the same events twice.
 */
@Stateless
public class UsageRetention {

  private static final Logger LOG = Logger.getLogger(UsageRetention.class.getName());

  @PersistenceContext EntityManager em;
  @Inject UsageSettings settings;

  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    int erased = eraseExpired(clock.instant());
    if (erased > 0) {
      LOG.info(() -> "Usage retention: " + erased + " events counted into weeks and erased");
    }
  }

  /**
   * Counts every event older than the retention period at {@code now} into its week, then erases
   * it.
   */
  public int eraseExpired(Instant now) {
    Instant cutoff = now.minus(settings.retention());
    em.createNativeQuery("SELECT name FROM usage_job_lock WHERE name = 'retention' FOR UPDATE")
        .getResultList();
    List<Object[]> counts =
        em.createQuery(
                "select e.feature, e.weekStart, count(e) from UsageEvent e"
                    + " where e.occurredAt < :cutoff group by e.feature, e.weekStart",
                Object[].class)
            .setParameter("cutoff", cutoff)
            .getResultList();
    for (Object[] count : counts) {
      String feature = (String) count[0];
      LocalDate week = (LocalDate) count[1];
      long uses = ((Number) count[2]).longValue();
      FeatureUsageWeek row = em.find(FeatureUsageWeek.class, FeatureUsageWeek.idOf(feature, week));
      if (row == null) {
        em.persist(new FeatureUsageWeek(feature, week, uses));
      } else {
        row.add(uses);
      }
    }
    em.flush();
    return em.createQuery("delete from UsageEvent e where e.occurredAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
