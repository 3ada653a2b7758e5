package net.genvoice.integration.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import net.genvoice.communication.control.Deliveries;
import net.genvoice.communication.control.DeliveryOutcome;
import net.genvoice.communication.control.EmailGateway;
import net.genvoice.communication.control.EmailOrder;

/**
 * Sends emails through the email service's REST API ({@code POST /messages}). P23: it sends the
 * released name and address only, once it has checked the release is the email service's, for
 * operating the service, with exactly those fields.
 */
@Stateless
public class RestEmailGateway implements EmailGateway {

  @Inject MessagingSettings settings;

  private ProviderClient client;

  @PostConstruct
  void open() {
    client = new ProviderClient("email service", settings.timeout());
  }

  @PreDestroy
  void close() {
    client.close();
  }

  @Override
  public String recipientId() {
    return settings.emailRecipient();
  }

  @Override
  public DeliveryOutcome send(EmailOrder order) {
    order.recipient().requireFor(recipientId(), Deliveries.PURPOSE, EmailOrder.FIELDS, Set.of());
    return client.post(
        settings.email(),
        "messages",
        order.messageId(),
        Map.of(
            "reference", order.messageId(),
            "to", order.to(),
            "name", order.name(),
            "subject", order.subject(),
            "text", order.body()));
  }
}
