package net.genvoice.communication.control;

/** The outbound port to the telemarketing dialer (implemented in integration-module). */
public interface DialerGateway {

  /** Queues the call with the dialer; never throws for a provider failure. */
  DeliveryOutcome call(CallOrder order);
}
