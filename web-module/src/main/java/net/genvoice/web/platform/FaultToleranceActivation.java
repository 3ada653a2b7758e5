package net.genvoice.web.platform;

import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Turns MicroProfile Fault Tolerance on for the whole EAR. Payara activates it only for WAR modules
 * whose classes carry a fault-tolerance annotation (its MicroProfile sniffers accept no other
 * archive type), and then registers its CDI extension for the application: without this mark the
 * annotations on the gateways' partner clients, which live in an EJB jar, would be silently
 * ignored. Never called.
 */
final class FaultToleranceActivation {

  private FaultToleranceActivation() {}

  @Timeout
  void mark() {}
}
