package net.genvoice.usage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.genvoice.cookies.boundary.CookiePreferences;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.cookies.entity.CookieChoiceHistory;
import net.genvoice.usage.control.UsageQueue;
import net.genvoice.usage.control.UsageSettings;

/**
 * P04: recording is asynchronous and batched. A request only offers its {@link UsageCommand} to a
 * bounded in-memory queue, which never blocks (a full queue drops and counts); a managed scheduled
 * task drains it every {@code genvoice.usage.flush-interval}, minimises each event to its consent
 * (a customer's recorded choice, else the browser's) and writes batches of {@code
 * genvoice.usage.batch-size} with JDBC batch inserts.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageRecorder {

  private static final Logger LOG = Logger.getLogger(UsageRecorder.class.getName());
  private static final long DROP_WARNING_INTERVAL_MILLIS = 60_000;

  @Resource ManagedScheduledExecutorService scheduler;
  @EJB UsageEvents events;
  @EJB CookiePreferences preferences;
  @Inject UsageSettings settings;

  private final AtomicLong written = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final ReentrantLock draining = new ReentrantLock();
  private volatile boolean enabled;
  private UsageQueue<UsageCommand> queue;
  private ScheduledFuture<?> drain;
  private long droppedWhenWarned;
  private long lastWarning;

  @PostConstruct
  void start() {
    enabled = settings.enabled();
    queue = new UsageQueue<>(settings.queueCapacity());
    if (enabled) {
      long every = settings.flushInterval().toMillis();
      drain =
          scheduler.scheduleWithFixedDelay(this::drainQuietly, every, every, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (drain != null) {
      drain.cancel(false);
    }
    flush();
    LOG.info(() -> "Usage recording since start: " + statistics());
  }

  /** Queues the request's usage; never blocks. False when recording is off or the queue full. */
  public boolean record(UsageCommand command) {
    return enabled && command != null && queue.offer(command);
  }

  /** Writes everything that waits now, batch by batch, on the calling thread. */
  public void flush() {
    draining.lock();
    try {
      List<UsageCommand> batch;
      while (!(batch = queue.take(settings.batchSize())).isEmpty()) {
        writeBatch(batch);
      }
    } finally {
      draining.unlock();
    }
  }

  public UsageStatisticsView statistics() {
    return new UsageStatisticsView(
        queue.accepted(),
        queue.dropped(),
        written.get(),
        batches.get(),
        failed.get(),
        queue.waiting());
  }

  private void writeBatch(List<UsageCommand> batch) {
    try {
      Map<String, CookieChoiceHistory> recorded = new HashMap<>();
      List<UsageRow> rows = new ArrayList<>(batch.size());
      for (UsageCommand command : batch) {
        rows.add(UsageRows.minimised(command, choiceOf(command, recorded)));
      }
      written.addAndGet(events.write(rows));
      batches.incrementAndGet();
    } catch (RuntimeException e) {
      failed.addAndGet(batch.size());
      LOG.log(Level.WARNING, "Usage recording lost a batch of " + batch.size() + " events", e);
    }
  }

  /**
   * P06: a customer's recorded choice wins, as it stood when the request was made (a visit before a
   * grant stays unconsented however late it is written); a visitor's browser keeps theirs; no
   * choice is consent to nothing.
   */
  private CookieChoice choiceOf(UsageCommand command, Map<String, CookieChoiceHistory> recorded) {
    if (command.customerId() != null) {
      return recorded
          .computeIfAbsent(command.customerId(), preferences::history)
          .at(command.occurredAt())
          .orElse(CookieChoice.NONE);
    }
    return command.cookieChoice() == null ? CookieChoice.NONE : command.cookieChoice();
  }

  private void drainQuietly() {
    try {
      flush();
      warnOfDrops();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Usage recording could not drain its queue", e);
    }
  }

  private void warnOfDrops() {
    long dropped = queue.dropped();
    long now = System.currentTimeMillis();
    if (dropped > droppedWhenWarned && now - lastWarning > DROP_WARNING_INTERVAL_MILLIS) {
      LOG.warning(
          () ->
              "Usage recording dropped "
                  + (dropped - droppedWhenWarned)
                  + " events: the queue (genvoice.usage.queue-capacity "
                  + settings.queueCapacity()
                  + ") was full");
      droppedWhenWarned = dropped;
      lastWarning = now;
    }
  }
}
