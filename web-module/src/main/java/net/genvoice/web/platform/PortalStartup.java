package net.genvoice.web.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import net.genvoice.platform.health.WebModules;
import net.genvoice.web.security.PortalAuthenticationMechanism;

/**
 * Tells readiness that the portal has really started: only once this module's own CDI container
 * serves its beans (the EJB module's {@link WebModules} and the portal's one authentication
 * mechanism). A start in which CDI failed never gets that far, so readiness stays DOWN. Looked up
 * through CDI, not injected: Payara left an {@code @EJB} field of a listener empty.
 */
@WebListener
public class PortalStartup implements ServletContextListener {

  static final String MODULE = "portal";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    // no page or API call works without the authentication mechanism
    CDI.current().select(PortalAuthenticationMechanism.class).get().toString();
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
