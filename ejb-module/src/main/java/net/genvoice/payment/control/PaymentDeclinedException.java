package net.genvoice.payment.control;

import net.genvoice.platform.error.BusinessException;

/** The payment provider refused to authorise or capture a payment. */
public class PaymentDeclinedException extends BusinessException {

  public PaymentDeclinedException(String reason) {
    super(Kind.INVALID, "payment-declined", "The payment provider declined the payment: " + reason);
  }
}
