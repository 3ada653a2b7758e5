package net.genvoice.communication.control;

/** The outbound port to the mail house that prints and posts letters (integration-module). */
public interface MailHouseGateway {

  /** The mail house's id in the recipient registry (P23). */
  String recipientId();

  /**
   * Hands the letter to the mail house; never throws for a provider failure. {@link
   * DeliveryOutcome.Result#REJECTED} means the address cannot be delivered to. The order's release
   * must be to {@link #recipientId()} with exactly {@link LetterOrder#FIELDS}.
   */
  DeliveryOutcome post(LetterOrder order);
}
