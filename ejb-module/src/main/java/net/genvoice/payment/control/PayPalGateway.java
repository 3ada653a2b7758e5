package net.genvoice.payment.control;

import net.genvoice.disclosure.outbound.ReleasedData;

/** The outbound port to the PayPal-style payment provider (P03, P20). */
public interface PayPalGateway extends PaymentProvider {

  /**
   * P20: verifies that the PayPal account exists and may pay; answers the provider's payer id.
   *
   * @throws PayPalAccountNotVerifiedException when the provider does not verify it
   */
  String verifyAccount(ReleasedData account, String idempotencyKey);
}
