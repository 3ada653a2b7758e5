package net.genvoice.communication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import net.genvoice.communication.entity.NationalRegistryImport;

/** P12: the latest import of the national do-not-call registry and whether it is fresh enough. */
@ApplicationScoped
public class RegistryState {

  @PersistenceContext EntityManager em;

  public Optional<NationalRegistryImport> latest() {
    return em.createNamedQuery(NationalRegistryImport.LATEST, NationalRegistryImport.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Empty when telemarketing may run today. */
  public Optional<RegistryFreshness.Problem> problemOn(LocalDate today) {
    return RegistryFreshness.check(latest().map(NationalRegistryImport::registryDate), today);
  }
}
