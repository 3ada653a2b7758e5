/**
 * Plain logic of marketing communications: the set-based audience query and the derived {@code
 * phone_suppression} table it reads, the send-time check, the registry file reader, the deliveries
 * through the policy gate (P23), and the outbound ports to the dialer, the mail house and the email
 * service (implemented in integration-module).
 */
package net.genvoice.communication.control;
