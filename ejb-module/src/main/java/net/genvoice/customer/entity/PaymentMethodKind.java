package net.genvoice.customer.entity;

/**
 * P02: the payment methods the policy names: a card (Visa, MasterCard, American Express) or PayPal.
 */
public enum PaymentMethodKind {
  CARD,
  PAYPAL
}
