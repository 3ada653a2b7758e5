package net.genvoice.integration.partner;

/**
 * A partner did not answer in time, could not be reached, or failed (HTTP 5xx): retried, with the
 * same idempotency key, and counted by the circuit breaker.
 */
public class PartnerUnavailableException extends RuntimeException {

  public PartnerUnavailableException(String detail) {
    super(detail);
  }
}
