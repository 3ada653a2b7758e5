package net.genvoice.directory.control;

import net.genvoice.disclosure.outbound.ReleasedData;

/** The outbound port to the directory-listing affiliate (P19). */
public interface DirectoryGateway {

  /** The affiliate's id in the recipient registry (P23). */
  String recipientId();

  /**
   * Publishes the customer's listing (name and number); answers the affiliate's listing id.
   *
   * @throws DirectoryListingRefusedException when the affiliate refuses the listing
   * @throws net.genvoice.platform.error.ProviderUnavailableException when it cannot be reached
   */
  String publish(ReleasedData listing, String idempotencyKey);
}
