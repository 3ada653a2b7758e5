package net.genvoice.payment.boundary;

import java.time.Instant;
import net.genvoice.payment.entity.Payment;

/** A payment as its customer sees it. */
public record PaymentView(
    String id, String paymentMethodId, long amount, String currency, String status, Instant at) {

  public static PaymentView of(Payment payment) {
    return new PaymentView(
        payment.id(),
        payment.paymentMethodId(),
        payment.amountMinor(),
        payment.currency(),
        payment.status().name().toLowerCase(java.util.Locale.ROOT),
        payment.createdAt());
  }
}
