package net.genvoice.communication.control;

/**
 * What a provider made of one message: delivered (with the provider's reference), rejected (the
 * provider refused this message: an unknown number, an undeliverable address) or failed (the
 * provider erred or did not answer in time). Gateways answer with this rather than throw, so a
 * failure is logged with the message instead of rolling its record back.
 */
public record DeliveryOutcome(Result result, String reference, String detail) {

  /** The three answers a provider can give. */
  public enum Result {
    DELIVERED,
    REJECTED,
    FAILED
  }

  public static DeliveryOutcome delivered(String reference) {
    return new DeliveryOutcome(Result.DELIVERED, reference, null);
  }

  public static DeliveryOutcome rejected(String detail) {
    return new DeliveryOutcome(Result.REJECTED, null, detail);
  }

  public static DeliveryOutcome failed(String detail) {
    return new DeliveryOutcome(Result.FAILED, null, detail);
  }

  public boolean isDelivered() {
    return result == Result.DELIVERED;
  }

  /**
   * What the ledger records as the failed outcome of the release ("rejected: mail house:
   * undeliverable_address"); null when delivered. Gateways' details name the provider and its error
   * or status, never a destination.
   */
  public String failure() {
    return isDelivered() ? null : result.name().toLowerCase(java.util.Locale.ROOT) + ": " + detail;
  }
}
