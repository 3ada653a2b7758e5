package net.genvoice.integration.inbound.access;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import net.genvoice.platform.health.WebModules;

/**
 * Tells readiness that the partner services have really started: only once this module's own CDI
 * container serves its beans (the EJB module's {@link WebModules} and this module's Jakarta
 * Security mechanism, without which every request fails). As the portal's {@code PortalStartup}
 * does; looked up through CDI, not injected.
 */
@WebListener
public class PartnerServicesStartup implements ServletContextListener {

  static final String MODULE = "partner-services";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    CDI.current().select(ContainerAuthentication.class).get().toString();
    modules().started(MODULE);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    try {
      modules().stopped(MODULE);
    } catch (IllegalStateException alreadyGone) {
      // the EAR is being undeployed and its EJB module went first: nothing left to tell
    }
  }

  private static WebModules modules() {
    return CDI.current().select(WebModules.class).get();
  }
}
