package net.genvoice.communication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import net.genvoice.communication.entity.Channel;
import net.genvoice.communication.entity.CustomerMessage;
import net.genvoice.communication.entity.DirectMailSuppression;
import net.genvoice.communication.entity.SuppressionReason;
import net.genvoice.customer.entity.Customer;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.OutboundReleases;
import net.genvoice.disclosure.outbound.ReleaseDeniedException;
import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * Hands a message to the provider of its channel through the policy gate (P23): the engine decides
 * over the registry whether the provider may receive what it needs for {@link #PURPOSE} (the number
 * for the dialer, name and postal address for the mail house, name and email for the email
 * service), the decision goes to the customer's ledger, the order carries only the released fields,
 * and the provider's answer is recorded as the release's outcome. A denial sends nothing: the
 * message is suppressed with {@code release-denied:} and the engine's reason. The values come from
 * the customer row the caller holds, so a release costs no read beyond the decision and the
 * outcome. A letter the mail house cannot deliver suppresses the address for marketing mail from
 * then on.
 */
@ApplicationScoped
public class Deliveries {

  /** P23: the providers send GenVoice's own messages on its behalf, operating the service. */
  public static final Purpose PURPOSE = Purpose.OPERATE_SERVICE;

  private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

  @Inject DialerGateway dialer;
  @Inject MailHouseGateway mailHouse;
  @Inject EmailGateway email;
  @Inject MailSuppressions suppressions;
  @Inject OutboundReleases releases;

  /** Sends the message, if its release is permitted, and records what became of it. */
  public void deliver(CustomerMessage message, Customer customer, String body, Instant now) {
    Channel channel = message.channel();
    DeliveryOutcome outcome;
    try {
      outcome =
          releases.release(
              releaseOf(message, channel),
              valuesOf(customer, channel),
              released -> send(message, released, body),
              DeliveryOutcome::failure);
    } catch (ReleaseDeniedException denied) {
      LOG.info(() -> "Message " + message.id() + " not released: " + denied.code());
      message.notReleased(denied.code(), now);
      return;
    }
    switch (outcome.result()) {
      case DELIVERED -> message.sent(outcome.reference(), now);
      case REJECTED -> rejected(message, customer, outcome, now);
      case FAILED -> {
        LOG.warning(() -> "Message " + message.id() + " failed: " + outcome.detail());
        message.failed(SuppressionReason.DELIVERY_FAILED, now);
      }
    }
  }

  private ReleaseCommand releaseOf(CustomerMessage message, Channel channel) {
    return new ReleaseCommand(
        message.customerId(),
        switch (channel) {
          case TELEMARKETING -> dialer.recipientId();
          case DIRECT_MAIL -> mailHouse.recipientId();
          case EMAIL -> email.recipientId();
        },
        PURPOSE,
        LegalBasis.SERVICE_NECESSITY,
        fieldsOf(channel),
        message.campaignId() == null
            ? "message " + message.type().code()
            : "campaign " + message.campaignId(),
        null,
        message.id());
  }

  static Set<DisclosableField> fieldsOf(Channel channel) {
    return switch (channel) {
      case TELEMARKETING -> CallOrder.FIELDS;
      case DIRECT_MAIL -> LetterOrder.FIELDS;
      case EMAIL -> EmailOrder.FIELDS;
    };
  }

  /** The values of the channel's fields, from the row in hand; a missing one is left out. */
  private static Map<DisclosableField, String> valuesOf(Customer customer, Channel channel) {
    Map<DisclosableField, String> values = new EnumMap<>(DisclosableField.class);
    for (DisclosableField field : fieldsOf(channel)) {
      String value =
          switch (field) {
            case CUSTOMER_PHONE -> customer.phone();
            case CUSTOMER_NAME -> customer.name();
            case CUSTOMER_EMAIL -> customer.email();
            case CUSTOMER_ADDRESS ->
                customer.address() == null ? null : customer.address().oneLine();
            default -> null;
          };
      if (value != null) {
        values.put(field, value);
      }
    }
    return values;
  }

  private DeliveryOutcome send(CustomerMessage message, ReleasedData released, String body) {
    return switch (message.channel()) {
      case TELEMARKETING -> dialer.call(new CallOrder(message.id(), released, body));
      case DIRECT_MAIL ->
          mailHouse.post(new LetterOrder(message.id(), released, message.subject(), body));
      case EMAIL -> email.send(new EmailOrder(message.id(), released, message.subject(), body));
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
}
