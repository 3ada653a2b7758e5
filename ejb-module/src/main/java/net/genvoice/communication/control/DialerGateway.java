package net.genvoice.communication.control;

/** The outbound port to the telemarketing dialer (implemented in integration-module). */
public interface DialerGateway {

  /** The dialer's id in the recipient registry (P23). */
  String recipientId();

  /**
   * Queues the call with the dialer; never throws for a provider failure. The order's release must
   * be to {@link #recipientId()} with exactly {@link CallOrder#FIELDS}.
   */
  DeliveryOutcome call(CallOrder order);
}
