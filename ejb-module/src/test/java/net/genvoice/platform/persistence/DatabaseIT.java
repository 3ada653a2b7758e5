package net.genvoice.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import net.genvoice.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged module on Payara Micro: the data source opens and Flyway has run at start-up. */
@ExtendWith(ArquillianExtension.class)
class DatabaseIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("database-it");
  }

  @EJB Database database;

  @Test
  void migratesTheSchemaAtStartUp() throws SQLException {
    assertTrue(database.isMigrated(), "Flyway migration finished");
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE LOWER(TABLE_NAME) = 'flyway_schema_history'")) {
      tables.next();
      assertEquals(1, tables.getInt(1), "Flyway's schema history table exists");
    }
  }

  @Test
  void opensConnectionsToTheConfiguredInMemoryDatabase() throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet one = statement.executeQuery("SELECT 1")) {
      assertTrue(connection.isValid(2), "pooled connection is valid");
      assertEquals(
          "jdbc:h2:mem:genvoice-it",
          connection.getMetaData().getURL(),
          "the URL of the test archive's microprofile-config.properties, not the H2 file default");
      one.next();
      assertEquals(1, one.getInt(1));
    }
  }

  @Test
  void physicalConnectionsFindTheApplicationConfigOutsideAnyInvocation() throws Exception {
    // The pool opens physical connections on its own threads (resizer, validation), where no
    // component invocation tells MicroProfile Config which application asks. Payara keeps the
    // invocation in an inheritable thread local, so this thread is made without inheriting it: the
    // class loader alone must lead to the archive's configuration.
    var url = new CompletableFuture<String>();
    Runnable connect =
        () -> {
          try (Connection connection = new ConfiguredDataSource().getConnection()) {
            url.complete(connection.getMetaData().getURL());
          } catch (SQLException | RuntimeException e) {
            url.completeExceptionally(e);
          }
        };
    Thread bare = new Thread(null, connect, "no-invocation", 0, false);
    bare.start();
    assertEquals("jdbc:h2:mem:genvoice-it", url.get(30, TimeUnit.SECONDS));
  }

  @Test
  void bindsThePooledDataSourceInJndi() throws NamingException {
    Object bound = new InitialContext().lookup(Database.JNDI_NAME);
    assertTrue(bound instanceof DataSource, "java:app/jdbc/genvoice is a DataSource: " + bound);
  }
}
