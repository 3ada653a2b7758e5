package net.genvoice.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import net.genvoice.platform.persistence.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once Flyway has migrated the schema, a pooled connection answers and JPA can query an
 * entity. The last part catches the half-broken start of STACK.md, in which connections worked but
 * JPA said "not a known Entity type".
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject Database database;
  @PersistenceContext EntityManager em;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (!database.isMigrated()) {
      return response.down().withData("schema", "not migrated").build();
    }
    try (Connection connection = database.dataSource().getConnection()) {
      if (!connection.isValid(2)) {
        return response.down().withData("connection", "not valid").build();
      }
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
    Optional<String> entity =
        em.getMetamodel().getEntities().stream()
            .map(EntityType::getName)
            .min(Comparator.naturalOrder());
    if (entity.isEmpty()) {
      return response.down().withData("jpa", "no entity types").build();
    }
    try {
      em.createQuery("select e from " + entity.get() + " e").setMaxResults(1).getResultList();
      return response.up().withData("jpa", entity.get()).build();
    } catch (PersistenceException | IllegalArgumentException e) {
      return response.down().withData("jpa", e.getClass().getSimpleName()).build();
    }
  }
}
