package net.genvoice.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
    try {
      return database
          .queryAnEntity()
          .map(entity -> response.up().withData("jpa", entity).build())
          .orElseGet(() -> response.down().withData("jpa", "no entity types").build());
    } catch (RuntimeException e) {
      return response.down().withData("jpa", e.getClass().getSimpleName()).build();
    }
  }
}
