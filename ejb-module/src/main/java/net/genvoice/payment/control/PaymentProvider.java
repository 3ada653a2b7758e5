package net.genvoice.payment.control;

import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * What every payment provider does with a payment (P10, P20). Each call carries the release that
 * permits it and an idempotency key: a retry of the call, by the gateway or by the caller, sends
 * the same key, so the provider never acts on it twice (a retried payment never charges twice).
 */
public interface PaymentProvider {

  /** The provider's id in the recipient registry (P23). */
  String recipientId();

  /**
   * @throws PaymentDeclinedException when the provider refuses the payment
   * @throws net.genvoice.platform.error.ProviderUnavailableException when it cannot be reached
   */
  ProviderReceipt authorize(ReleasedData instrument, Money amount, String idempotencyKey);

  /** Captures (charges) an authorisation, at most its amount. */
  ProviderReceipt capture(
      ReleasedData instrument, String authorizationId, Money amount, String idempotencyKey);

  ProviderReceipt refund(
      ReleasedData instrument, String chargeId, Money amount, String idempotencyKey);
}
