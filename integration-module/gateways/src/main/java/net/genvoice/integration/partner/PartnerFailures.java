package net.genvoice.integration.partner;

import java.util.logging.Logger;
import net.genvoice.platform.error.ProviderUnavailableException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Turns what is left of a partner call after fault tolerance gave up (retries used up, the circuit
 * open, the call timed out) into the business failure callers report. Logs the partner and the kind
 * of failure, never a payload.
 */
public final class PartnerFailures {

  private static final Logger LOG = Logger.getLogger(PartnerFailures.class.getName());

  private PartnerFailures() {}

  /** True for the failures that mean "not available now". */
  public static boolean isUnavailability(RuntimeException e) {
    return e instanceof PartnerUnavailableException || e instanceof FaultToleranceException;
  }

  public static ProviderUnavailableException unavailable(String partner, RuntimeException e) {
    LOG.warning(
        () -> partner + " unavailable: " + e.getClass().getSimpleName() + " " + e.getMessage());
    return new ProviderUnavailableException(partner);
  }
}
