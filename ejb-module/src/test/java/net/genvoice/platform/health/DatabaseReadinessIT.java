package net.genvoice.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import net.genvoice.testing.Deployments;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The readiness check, as the container's health endpoint would call it. */
@ExtendWith(ArquillianExtension.class)
class DatabaseReadinessIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("database-readiness-it");
  }

  @Inject @Readiness DatabaseReadiness readiness;
  @Inject @Readiness WebModulesReadiness webModulesReadiness;
  @Inject WebModules webModules;

  @Test
  void isUpOnceTheSchemaIsMigratedAndTheDatabaseAnswers() {
    HealthCheckResponse response = readiness.call();

    assertEquals("database", response.getName());
    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
  }

  @Test
  void webModulesAreDownUntilThePortalAndThePartnerServicesHaveReportedTheirStart() {
    // neither web module is in this test archive: nothing has reported yet
    HealthCheckResponse before = webModulesReadiness.call();
    assertEquals("web-modules", before.getName());
    assertEquals(HealthCheckResponse.Status.DOWN, before.getStatus());
    assertEquals("partner-services,portal", before.getData().orElseThrow().get("not started"));

    webModules.started("portal");
    assertEquals(HealthCheckResponse.Status.DOWN, webModulesReadiness.call().getStatus());
    webModules.started("partner-services");
    try {
      assertEquals(HealthCheckResponse.Status.UP, webModulesReadiness.call().getStatus());
    } finally {
      webModules.stopped("portal");
      webModules.stopped("partner-services");
    }
    assertEquals(HealthCheckResponse.Status.DOWN, webModulesReadiness.call().getStatus());
  }
}
