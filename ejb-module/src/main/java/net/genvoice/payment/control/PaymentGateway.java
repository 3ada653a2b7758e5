package net.genvoice.payment.control;

import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * The outbound port to the card payment provider. Every method takes the {@link ReleasedData} of a
 * release the policy engine permitted and the ledger recorded (P20, P23); the implementation checks
 * it again and sends nothing else.
 */
public interface PaymentGateway extends PaymentProvider {

  /**
   * Sends the card to the provider's tokenisation API and returns the provider's token. P03: the
   * number and CVV leave GenVoice here and are kept nowhere.
   *
   * @throws CardDeclinedException when the provider refuses the card
   * @throws net.genvoice.platform.error.ProviderUnavailableException when the provider cannot be
   *     reached
   */
  CardToken tokenize(ReleasedData card);

  /**
   * P20: verifies a tokenised card with the provider (a zero-amount check, nothing charged).
   *
   * @throws CardDeclinedException when the provider refuses the card
   */
  void verify(ReleasedData card, String idempotencyKey);
}
