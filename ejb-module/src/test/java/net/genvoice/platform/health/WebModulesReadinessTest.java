package net.genvoice.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebModulesReadinessTest {

  private static final List<String> EXPECTED = List.of("portal", "partner-services");

  private final WebModules modules = new WebModules();

  @Test
  void everyExpectedModuleIsMissingUntilItHasStarted() {
    assertEquals(
        Set.of("partner-services", "portal"),
        WebModulesReadiness.notStarted(EXPECTED, modules.started()));

    modules.started("portal");
    assertEquals(
        Set.of("partner-services"), WebModulesReadiness.notStarted(EXPECTED, modules.started()));

    modules.started("partner-services");
    assertEquals(Set.of(), WebModulesReadiness.notStarted(EXPECTED, modules.started()));
  }

  @Test
  void aStoppedModuleIsMissingAgainAndAnUnexpectedOneChangesNothing() {
    modules.started("portal");
    modules.started("partner-services");
    modules.started("something-else");

    modules.stopped("portal");

    assertEquals(Set.of("portal"), WebModulesReadiness.notStarted(EXPECTED, modules.started()));
  }
}
