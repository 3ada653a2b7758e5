/**
 * Ports to payment providers. The implementations live in the integration module; card numbers and
 * CVVs pass through here on their way to the provider and are never kept (P03).
 */
package net.genvoice.payment.control;
