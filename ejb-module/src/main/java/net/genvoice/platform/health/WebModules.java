package net.genvoice.platform.health;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which web modules of the EAR have really started: each reports itself once its own CDI container
 * has served a bean, and withdraws when it stops. A web module whose start failed (seen once: Weld
 * "Unable to access CDI" while the server loaded an earlier EAR, every page then an error) never
 * reports, so readiness stays DOWN instead of saying UP over a broken portal.
 */
@Singleton
@Lock(LockType.READ)
public class WebModules {

  private final Set<String> started = new TreeSet<>();

  @Lock(LockType.WRITE)
  public void started(String module) {
    started.add(module);
  }

  @Lock(LockType.WRITE)
  public void stopped(String module) {
    started.remove(module);
  }

  public Set<String> started() {
    return Set.copyOf(started);
  }
}
