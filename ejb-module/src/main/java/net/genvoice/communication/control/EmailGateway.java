package net.genvoice.communication.control;

/** The outbound port to the email service (implemented in integration-module). */
public interface EmailGateway {

  /** The email service's id in the recipient registry (P23). */
  String recipientId();

  /**
   * Hands the email to the email service; never throws for a provider failure. The order's release
   * must be to {@link #recipientId()} with exactly {@link EmailOrder#FIELDS}.
   */
  DeliveryOutcome send(EmailOrder order);
}
