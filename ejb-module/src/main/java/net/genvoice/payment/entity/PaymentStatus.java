package net.genvoice.payment.entity;

/** Where a payment stands with its provider. */
public enum PaymentStatus {
  AUTHORIZED,
  CAPTURED
}
