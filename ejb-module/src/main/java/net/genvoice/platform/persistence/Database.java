package net.genvoice.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's pooled data source and migrates the schema with Flyway before anything
 * else runs. The JPA provider never generates DDL: Flyway owns the schema on H2 and MySQL alike.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "net.genvoice.platform.persistence.ConfiguredDataSource",
    minPoolSize = 8,
    maxPoolSize = 64,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/genvoice";
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(Database.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema migrated: "
                + result.migrationsExecuted
                + " migration(s) applied, now at version "
                + result.targetSchemaVersion);
    migrated = true;
  }

  public boolean isMigrated() {
    return migrated;
  }

  public DataSource dataSource() {
    return dataSource;
  }
}
