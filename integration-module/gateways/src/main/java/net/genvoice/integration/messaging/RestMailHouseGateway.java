package net.genvoice.integration.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import net.genvoice.communication.control.DeliveryOutcome;
import net.genvoice.communication.control.LetterOrder;
import net.genvoice.communication.control.MailHouseGateway;

/** Hands letters to the mail house's REST API ({@code POST /letters}). */
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
  public DeliveryOutcome post(LetterOrder order) {
    LetterOrder.Address address = order.address();
    Map<String, Object> recipient = new LinkedHashMap<>();
    recipient.put("name", order.name());
    recipient.put("line1", address.line1());
    recipient.put("line2", address.line2() == null ? "" : address.line2());
    recipient.put("city", address.city());
    recipient.put("region", address.region() == null ? "" : address.region());
    recipient.put("postalCode", address.postalCode());
    recipient.put("country", address.country());
    return client.post(
        settings.mailHouse(),
        "letters",
        order.messageId(),
        Map.of(
            "reference", order.messageId(),
            "recipient", recipient,
            "subject", order.subject(),
            "text", order.text()));
  }
}
