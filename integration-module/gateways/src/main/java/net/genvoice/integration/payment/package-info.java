/**
 * The card payment provider's gateway: REST over HTTP, with timeouts; implements ejb-module's
 * PaymentGateway.
 */
package net.genvoice.integration.payment;
