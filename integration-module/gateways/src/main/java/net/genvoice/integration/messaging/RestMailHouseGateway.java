package net.genvoice.integration.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import net.genvoice.communication.control.Deliveries;
import net.genvoice.communication.control.DeliveryOutcome;
import net.genvoice.communication.control.LetterOrder;
import net.genvoice.communication.control.MailHouseGateway;

/**
 * Hands letters to the mail house's REST API ({@code POST /letters}). P23: it sends the released
 * name and postal address only, once it has checked the release is the mail house's, for operating
 * the service, with exactly those fields.
 */
@Stateless
public class RestMailHouseGateway implements MailHouseGateway {

  @Inject MessagingSettings settings;

  private ProviderClient client;

  @PostConstruct
  void open() {
    client = new ProviderClient("mail house", settings.timeout());
  }

  @PreDestroy
  void close() {
    client.close();
  }

  @Override
  public String recipientId() {
    return settings.mailHouseRecipient();
  }

  @Override
  public DeliveryOutcome post(LetterOrder order) {
    order.addressee().requireFor(recipientId(), Deliveries.PURPOSE, LetterOrder.FIELDS, Set.of());
    return client.post(
        settings.mailHouse(),
        "letters",
        order.messageId(),
        Map.of(
            "reference", order.messageId(),
            "recipient", Map.of("name", order.name(), "address", order.address()),
            "subject", order.subject(),
            "text", order.text()));
  }
}
