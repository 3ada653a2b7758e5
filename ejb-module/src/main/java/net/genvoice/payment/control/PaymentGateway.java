package net.genvoice.payment.control;

/** The outbound port to the card payment provider. */
public interface PaymentGateway {

  /**
   * Sends the card to the provider's tokenisation API and returns the provider's token. P03: the
   * number and CVV leave GenVoice here and are kept nowhere.
   *
   * @throws CardDeclinedException when the provider refuses the card
   * @throws net.genvoice.platform.error.ProviderUnavailableException when the provider cannot be
   *     reached
   */
  CardToken tokenize(CardDetails card);
}
