package net.genvoice.communication.control;

/** The outbound port to the email service (implemented in integration-module). */
public interface EmailGateway {

  /** Hands the email to the email service; never throws for a provider failure. */
  DeliveryOutcome send(EmailOrder order);
}
