package net.genvoice.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.Comparator;
import java.util.Optional;
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

  @PersistenceContext EntityManager em;

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
            result.migrationsExecuted == 0
                ? "Schema up to date"
                : "Schema migrated: "
                    + result.migrationsExecuted
                    + " migration(s) applied, now at version "
                    + result.targetSchemaVersion);
    migrated = true;
  }

  @Lock(LockType.READ)
  public boolean isMigrated() {
    return migrated;
  }

  /**
   * Queries one entity through JPA and names it; empty when JPA knows no entity. Runs in this bean
   * so that the health service, which calls from outside the application's components, still
   * reaches the persistence unit.
   *
   * @throws jakarta.persistence.PersistenceException when JPA cannot query it
   */
  @Lock(LockType.READ)
  public Optional<String> queryAnEntity() {
    Optional<String> entity =
        em.getMetamodel().getEntities().stream()
            .map(EntityType::getName)
            .min(Comparator.naturalOrder());
    entity.ifPresent(
        name -> em.createQuery("select e from " + name + " e").setMaxResults(1).getResultList());
    return entity;
  }

  @Lock(LockType.READ)
  public DataSource dataSource() {
    return dataSource;
  }
}
