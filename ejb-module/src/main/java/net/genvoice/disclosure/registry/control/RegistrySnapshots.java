package net.genvoice.disclosure.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import net.genvoice.disclosure.control.RegistrySnapshot;
import net.genvoice.disclosure.entity.RecipientRegistration;
import net.genvoice.disclosure.registry.entity.Recipient;

/**
 * P23: the one registry snapshot of the application. Every registry change bumps the single row of
 * {@code registry_version} in its own transaction; {@link #current()} reads that row (one
 * primary-key read, never cached) and rebuilds the snapshot when the version is newer than the one
 * it holds (a transaction whose snapshot of the database is older gets the newer registry). So a
 * change made on any server instance sharing the database takes effect at the next decision
 * everywhere, with no refresh interval to wait for.
 */
@ApplicationScoped
public class RegistrySnapshots {

  private static final Logger LOG = Logger.getLogger(RegistrySnapshots.class.getName());

  @PersistenceContext EntityManager em;

  private record Held(long version, RegistrySnapshot snapshot) {}

  private volatile Held held;

  /** The snapshot of the registry as committed now. */
  public RegistrySnapshot current() {
    long version = version();
    Held now = held;
    if (now != null && now.version() >= version) {
      return now.snapshot(); // the version only grows: a newer snapshot holds for an older view too
    }
    synchronized (this) {
      now = held;
      if (now == null || now.version() < version) {
        now = new Held(version, build());
        held = now;
      }
      return now.snapshot();
    }
  }

  /** Marks the registry changed; call in the transaction that changes it. */
  public void markChanged(Instant when) {
    em.createNativeQuery(
            "UPDATE registry_version SET version = version + 1, changed_at = ? WHERE id = 1")
        .setParameter(1, java.sql.Timestamp.from(when))
        .executeUpdate();
  }

  private long version() {
    Object version =
        em.createNativeQuery("SELECT version FROM registry_version WHERE id = 1").getSingleResult();
    return ((Number) version).longValue();
  }

  /**
   * Active recipients only: a deactivated one is unknown to the engine. A row the registration
   * refuses (a seed naming a purpose its kind may not receive for, an internal-only field) leaves
   * that recipient out, so it is refused rather than trusted.
   */
  private RegistrySnapshot build() {
    List<RecipientRegistration> registrations = new ArrayList<>();
    for (Recipient recipient :
        em.createNamedQuery(Recipient.ALL, Recipient.class).getResultList()) {
      if (!recipient.isActive()) {
        continue;
      }
      try {
        registrations.add(Registrations.of(recipient));
      } catch (IllegalArgumentException e) {
        LOG.warning(
            () -> "Recipient " + recipient.id() + " left out of the registry: " + e.getMessage());
      }
    }
    return RegistrySnapshot.of(registrations);
  }
}
