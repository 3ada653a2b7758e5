/**
 * Payments through the customer's payment method (P10, P20): every call to the provider is a
 * policy-checked, recorded release, and carries an idempotency key derived from the payment.
 */
package net.genvoice.payment.boundary;
