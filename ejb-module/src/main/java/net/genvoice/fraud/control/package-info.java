/**
 * Ports to fraud-prevention services (P11, P20): screening a sign-up or a payment method, answered
 * with a score and reasons. The implementations live in the integration module.
 */
package net.genvoice.fraud.control;
