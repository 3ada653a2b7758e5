package net.genvoice.communication.control;

/**
 * A call for the dialer to place: the message id (the provider's idempotency key), the number in
 * E.164 and the script the agent reads. Nothing else about the customer leaves GenVoice.
 */
public record CallOrder(String messageId, String phone, String script) {}
