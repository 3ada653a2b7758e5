package net.genvoice.payment.control;

import java.util.Map;
import net.genvoice.platform.error.BusinessException;

/** The payment provider refused the card. */
public class CardDeclinedException extends BusinessException {

  public CardDeclinedException(String reason) {
    super(
        Kind.INVALID, "card-declined", "The card was declined by the payment provider: " + reason);
  }

  @Override
  public Map<String, String> fieldErrors() {
    return Map.of("paymentMethod.number", getMessage());
  }
}
