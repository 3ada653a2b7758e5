package net.genvoice.platform.health;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import java.util.Comparator;
import java.util.Optional;

/**
 * Queries one entity through JPA for {@link DatabaseReadiness}. An EJB, because Payara Server runs
 * health checks on its own servlet, outside the application's naming context: a persistence context
 * injected into the CDI check itself cannot be found there ("Unable to retrieve
 * EntityManagerFactory for unitName null"); a call into an EJB brings its own context along.
 */
@Stateless
public class JpaProbe {

  @PersistenceContext EntityManager em;

  /** Why JPA is not usable, or empty when it queried an entity. */
  public Optional<String> problem() {
    Optional<String> entity =
        em.getMetamodel().getEntities().stream()
            .map(EntityType::getName)
            .min(Comparator.naturalOrder());
    if (entity.isEmpty()) {
      return Optional.of("no entity types");
    }
    try {
      em.createQuery("select e from " + entity.get() + " e").setMaxResults(1).getResultList();
      return Optional.empty();
    } catch (PersistenceException | IllegalArgumentException e) {
      return Optional.of(e.getClass().getSimpleName());
    }
  }
}
