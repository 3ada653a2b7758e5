package net.genvoice.communication.control;

/** The outbound port to the mail house that prints and posts letters (integration-module). */
public interface MailHouseGateway {

  /**
   * Hands the letter to the mail house; never throws for a provider failure. {@link
   * DeliveryOutcome.Result#REJECTED} means the address cannot be delivered to.
   */
  DeliveryOutcome post(LetterOrder order);
}
