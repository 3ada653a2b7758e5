package net.genvoice.communication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import net.genvoice.communication.entity.Channel;
import net.genvoice.communication.entity.CustomerMessage;
import net.genvoice.communication.entity.DirectMailSuppression;
import net.genvoice.communication.entity.SuppressionReason;
import net.genvoice.customer.entity.Customer;
import net.genvoice.customer.entity.PostalAddress;

/**
 * Hands a message to the provider of its channel with only what that provider needs (the number to
 * the dialer, name and postal address to the mail house, the address to the email service), and
 * records the outcome on the message. A letter the mail house cannot deliver suppresses the address
 * for marketing mail from then on.
 */
@ApplicationScoped
public class Deliveries {

  private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

  @Inject DialerGateway dialer;
  @Inject MailHouseGateway mailHouse;
  @Inject EmailGateway email;
  @Inject MailSuppressions suppressions;

  /** Sends the message and records what became of it. */
  public void deliver(CustomerMessage message, Customer customer, String body, Instant now) {
    DeliveryOutcome outcome = send(message, customer, body);
    switch (outcome.result()) {
      case DELIVERED -> message.sent(outcome.reference(), now);
      case REJECTED -> rejected(message, customer, outcome, now);
      case FAILED -> {
        LOG.warning(() -> "Message " + message.id() + " failed: " + outcome.detail());
        message.failed(SuppressionReason.DELIVERY_FAILED, now);
      }
    }
  }

  private DeliveryOutcome send(CustomerMessage message, Customer customer, String body) {
    return switch (message.channel()) {
      case TELEMARKETING -> dialer.call(new CallOrder(message.id(), customer.phone(), body));
      case DIRECT_MAIL ->
          mailHouse.post(
              new LetterOrder(
                  message.id(), customer.name(), address(customer), message.subject(), body));
      case EMAIL ->
          email.send(new EmailOrder(message.id(), customer.email(), message.subject(), body));
    };
  }

  private void rejected(
      CustomerMessage message, Customer customer, DeliveryOutcome outcome, Instant now) {
    LOG.info(() -> "Message " + message.id() + " rejected by the provider: " + outcome.detail());
    if (message.channel() == Channel.DIRECT_MAIL) {
      message.failed(SuppressionReason.UNDELIVERABLE_ADDRESS, now);
      suppressions.suppressAddressOf(
          customer.id(), DirectMailSuppression.Reason.RETURNED_MAIL, now);
    } else {
      message.failed(SuppressionReason.DELIVERY_FAILED, now);
    }
  }

  private static LetterOrder.Address address(Customer customer) {
    PostalAddress address = customer.address();
    return new LetterOrder.Address(
        address.line1(),
        address.line2(),
        address.city(),
        address.region(),
        address.postalCode(),
        address.country());
  }
}
