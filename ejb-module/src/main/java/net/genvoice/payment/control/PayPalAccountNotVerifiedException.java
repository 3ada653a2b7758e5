package net.genvoice.payment.control;

import java.util.Map;
import net.genvoice.platform.error.BusinessException;

/** P20: the PayPal-style provider did not verify the account. */
public class PayPalAccountNotVerifiedException extends BusinessException {

  public PayPalAccountNotVerifiedException() {
    super(
        Kind.INVALID,
        "paypal-account-not-verified",
        "The PayPal account could not be verified with PayPal");
  }

  @Override
  public Map<String, String> fieldErrors() {
    return Map.of("paymentMethod.email", getMessage());
  }
}
