package net.genvoice.integration.partner;

/**
 * A partner answered and said no (HTTP 4xx, a SOAP business fault): final, never retried, and not a
 * failure of the partner for the circuit breaker. The gateway turns it into a business failure.
 */
public class PartnerRefusedException extends RuntimeException {

  private final int status;
  private final String error;

  public PartnerRefusedException(int status, String error) {
    super("refused: HTTP " + status + " " + error);
    this.status = status;
    this.error = error;
  }

  public int status() {
    return status;
  }

  /** The partner's error code, such as {@code card_declined}. */
  public String error() {
    return error;
  }
}
