package net.genvoice.communication.control;

/**
 * An email for the email service to send: the message id (the provider's idempotency key), the
 * address, the subject and the text. Nothing else about the customer leaves GenVoice.
 */
public record EmailOrder(String messageId, String to, String subject, String body) {}
