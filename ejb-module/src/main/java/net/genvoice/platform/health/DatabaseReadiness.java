package net.genvoice.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
  @Inject JpaProbe jpaProbe;

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
    Optional<String> jpa = jpaProbe.problem();
    return jpa.isEmpty()
        ? response.up().build()
        : response.down().withData("jpa", jpa.get()).build();
  }
}
