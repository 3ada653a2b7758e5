package net.genvoice.integration.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import net.genvoice.communication.control.DeliveryOutcome;
import net.genvoice.communication.control.EmailGateway;
import net.genvoice.communication.control.EmailOrder;

/** Sends emails through the email service's REST API ({@code POST /messages}). */
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
  public DeliveryOutcome send(EmailOrder order) {
    return client.post(
        settings.email(),
        "messages",
        order.messageId(),
        Map.of(
            "reference", order.messageId(),
            "to", order.to(),
            "subject", order.subject(),
            "text", order.body()));
  }
}
