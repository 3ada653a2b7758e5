package net.genvoice.customer.boundary;

import net.genvoice.customer.entity.PaymentMethod;
import net.genvoice.customer.entity.PaymentMethodKind;

/** A payment method as shown: masked (brand and last four, or a masked PayPal email). */
public record PaymentMethodView(
    String id,
    String type,
    String brand,
    String last4,
    Integer expiryMonth,
    Integer expiryYear,
    String paypalEmail,
    boolean isDefault,
    AddressCommand billingAddress) {

  static PaymentMethodView of(PaymentMethod method) {
    if (method.kind() == PaymentMethodKind.PAYPAL) {
      return new PaymentMethodView(
          method.id(),
          "paypal",
          null,
          null,
          null,
          null,
          maskEmail(method.paypalEmail()),
          method.isDefault(),
          null);
    }
    return new PaymentMethodView(
        method.id(),
        "card",
        method.cardBrand().displayName(),
        method.cardLast4(),
        method.expiryMonth(),
        method.expiryYear(),
        null,
        method.isDefault(),
        CustomerView.address(method.billingAddress()));
  }

  static String maskEmail(String email) {
    int at = email.indexOf('@');
    return email.charAt(0) + "***" + email.substring(at);
  }
}
