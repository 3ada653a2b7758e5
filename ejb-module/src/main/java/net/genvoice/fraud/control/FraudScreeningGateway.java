package net.genvoice.fraud.control;

import net.genvoice.disclosure.outbound.ReleasedData;

/** The outbound port to the fraud-prevention service (P11, P20). */
public interface FraudScreeningGateway {

  /** The service's id in the recipient registry (P23). */
  String recipientId();

  /**
   * Screens a sign-up or a payment method with exactly the released fields.
   *
   * @throws net.genvoice.platform.error.ProviderUnavailableException when it cannot be reached
   */
  FraudAssessment screen(ReleasedData subject, ScreeningSubject what);
}
