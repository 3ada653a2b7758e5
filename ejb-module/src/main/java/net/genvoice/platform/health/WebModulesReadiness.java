package net.genvoice.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once every web module the EAR must serve ({@code genvoice.health.web-modules}) has reported
 * its start to {@link WebModules}; DOWN naming those that have not.
 */
@Readiness
@ApplicationScoped
public class WebModulesReadiness implements HealthCheck {

  @Inject WebModules modules;

  @Inject
  @ConfigProperty(name = "genvoice.health.web-modules", defaultValue = "portal,partner-services")
  List<String> expected;

  @Override
  public HealthCheckResponse call() {
    Set<String> missing = notStarted(expected, modules.started());
    var response = HealthCheckResponse.named("web-modules");
    return missing.isEmpty()
        ? response.up().withData("started", String.join(",", modules.started())).build()
        : response.down().withData("not started", String.join(",", missing)).build();
  }

  /** The expected modules that have not started, in name order. */
  static Set<String> notStarted(Collection<String> expected, Set<String> started) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(started);
    return missing;
  }
}
