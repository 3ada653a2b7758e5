package net.genvoice.usage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * P04: how usage is recorded and how long it is kept. {@code genvoice.usage.retention} (ISO-8601,
 * default 90 days) bounds how long an event lives before it is counted into its week and erased.
 */
@ApplicationScoped
public class UsageSettings {

  @Inject
  @ConfigProperty(name = "genvoice.usage.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "genvoice.usage.retention", defaultValue = "P90D")
  String retention;

  @Inject
  @ConfigProperty(name = "genvoice.usage.queue-capacity", defaultValue = "10000")
  int queueCapacity;

  @Inject
  @ConfigProperty(name = "genvoice.usage.batch-size", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "genvoice.usage.flush-interval", defaultValue = "PT1S")
  String flushInterval;

  public boolean enabled() {
    return enabled;
  }

  public Duration retention() {
    return positive("genvoice.usage.retention", retention);
  }

  public int queueCapacity() {
    return Math.max(1, queueCapacity);
  }

  public int batchSize() {
    return Math.max(1, batchSize);
  }

  public Duration flushInterval() {
    return positive("genvoice.usage.flush-interval", flushInterval);
  }

  private static Duration positive(String name, String value) {
    Duration duration = Duration.parse(value);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalStateException(name + " must be a positive ISO-8601 duration: " + value);
    }
    return duration;
  }
}
