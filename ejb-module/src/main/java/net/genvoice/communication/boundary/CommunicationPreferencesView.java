package net.genvoice.communication.boundary;

import java.util.List;

/**
 * P12, P13: the customer's marketing channels, and the reminder that transactional messages are
 * sent whatever they choose.
 */
public record CommunicationPreferencesView(
    List<ChannelPreferenceView> channels, String transactionalMessages) {

  static final String TRANSACTIONAL =
      "Invoices, payment problems, service notices and security alerts are sent to you whatever you"
          + " choose here: they are part of the service, not marketing.";
}
