package net.genvoice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves the harness itself: the tests run inside Payara Micro (not in the failsafe JVM), the
 * archive's test-only beans run in the EJB container, Micro is not clustered, and the archive
 * carries the real EJB jar with its persistence unit and the test configuration.
 */
@ExtendWith(ArquillianExtension.class)
class DeploymentsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("deployments-it", EjbContextProbe.class);
  }

  @EJB EjbContextProbe probe;

  @PersistenceUnit(unitName = "genvoice")
  EntityManagerFactory genvoice;

  @Test
  void runsInsideTheContainer() throws NamingException {
    InitialContext naming = new InitialContext();
    assertEquals("deployments-it", naming.lookup("java:app/AppName"));
    assertTrue(
        System.getProperty("sun.java.command", "").contains("payara-micro.jar"),
        "the JVM is Payara Micro's: " + System.getProperty("sun.java.command"));
  }

  @Test
  void runsTheArchivesOwnBeansInTheEjbContainer() throws NamingException {
    assertEquals("ANONYMOUS", probe.callerName(), "unauthenticated caller inside an EJB");
  }

  @Test
  void runsOnAnUnclusteredMicro() {
    assertTrue(
        System.getProperty("sun.java.command", "").contains("--nocluster"),
        "Micro started without Hazelcast clustering: " + System.getProperty("sun.java.command"));
  }

  @Test
  void deploysThePersistenceUnitOfThePackagedEjbJar() {
    assertNotNull(genvoice, "persistence unit genvoice injected");
    assertTrue(genvoice.isOpen());
    try (EntityManager entityManager = genvoice.createEntityManager()) {
      assertNotNull(entityManager.getMetamodel());
    }
  }

  @Test
  void seesTheTestConfigurationOfTheArchive() {
    assertEquals(
        "jdbc:h2:mem:genvoice-it;DB_CLOSE_DELAY=-1;MODE=MySQL",
        ConfigProvider.getConfig().getValue("genvoice.db.url", String.class));
  }
}
