package net.genvoice.credit.control;

import net.genvoice.disclosure.outbound.ReleasedData;

/** The outbound port to the credit reporting agency (P21). */
public interface CreditAgencyGateway {

  /** The agency's id in the recipient registry (P23). */
  String recipientId();

  /**
   * An inquiry on the customer's own credit application ({@code reference}), with the permissible
   * purpose of a consumer's credit application and exactly the released fields.
   *
   * @throws net.genvoice.platform.error.ProviderUnavailableException when it cannot be reached
   */
  CreditReport inquire(ReleasedData consumer, InquiryKind kind, String reference);
}
