package net.genvoice.integration.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import net.genvoice.communication.control.CallOrder;
import net.genvoice.communication.control.Deliveries;
import net.genvoice.communication.control.DeliveryOutcome;
import net.genvoice.communication.control.DialerGateway;

/**
 * Queues telemarketing calls with the dialer's REST API ({@code POST /calls}). P23: it sends the
 * released number only, once it has checked the release is the dialer's, for operating the service,
 * with exactly that field.
 */
@Stateless
public class RestDialerGateway implements DialerGateway {

  @Inject MessagingSettings settings;

  private ProviderClient client;

  @PostConstruct
  void open() {
    client = new ProviderClient("dialer", settings.timeout());
  }

  @PreDestroy
  void close() {
    client.close();
  }

  @Override
  public String recipientId() {
    return settings.dialerRecipient();
  }

  @Override
  public DeliveryOutcome call(CallOrder order) {
    order.callee().requireFor(recipientId(), Deliveries.PURPOSE, CallOrder.FIELDS, Set.of());
    return client.post(
        settings.dialer(),
        "calls",
        order.messageId(),
        Map.of("reference", order.messageId(), "phone", order.phone(), "script", order.script()));
  }
}
