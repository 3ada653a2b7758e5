package net.genvoice.communication.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.genvoice.communication.control.Deliveries;
import net.genvoice.communication.entity.Channel;
import net.genvoice.communication.entity.CustomerMessage;
import net.genvoice.communication.entity.MessageType;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.customer.entity.Customer;

/**
 * P13: transactional messages (invoice ready, payment problem, service notice, security alert) and
 * the customer's own message log. A transactional message is never gated by a marketing choice: no
 * consent, do-not-call list or suppression is consulted, so it also reaches a customer who opted
 * out of every channel, and a closed account (a final invoice). It is sent in the caller's
 * transaction and logged with its outcome. Like every message it reaches its provider only through
 * the policy gate and the ledger (P23, {@link Deliveries}): a denied release sends nothing and is
 * logged as not sent, with the engine's reason.
 */
@Stateless
public class Messages {

  static final int LOG_LIMIT = 200;

  @PersistenceContext EntityManager em;
  @Inject Deliveries deliveries;

  Clock clock = Clock.systemUTC();

  /** P13: sends a transactional message now; a provider failure is logged, not thrown. */
  public MessageView sendTransactional(
      String customerId, @NotNull @Valid TransactionalMessageCommand command) {
    FieldErrors errors = new FieldErrors();
    Optional<MessageType> type = MessageType.byCode(command.type().strip());
    if (type.isEmpty() || !type.get().isTransactional()) {
      errors.add(
          "type",
          "Not a transactional message type; choose one of: "
              + MessageType.transactionalCodes()
              + " (marketing goes out only in campaigns)");
    }
    Optional<Channel> channel = Channel.byCode(command.channel().strip());
    if (channel.isEmpty() || channel.get() == Channel.TELEMARKETING) {
      errors.add("channel", "Transactional messages go by email or direct-mail");
    }
    errors.throwIfAny();
    Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
    if (customer == null) {
      throw new CustomerNotFoundException("customer");
    }
    Instant now = clock.instant();
    CustomerMessage message =
        CustomerMessage.transactional(
            customer.id(), type.get(), channel.get(), command.subject().strip(), now);
    em.persist(message);
    // P13: straight to the provider, whatever the customer chose about marketing
    deliveries.deliver(message, customer, command.body(), now);
    em.flush();
    return MessageView.of(message);
  }

  /** The customer's own messages, newest first (the latest {@value #LOG_LIMIT}). */
  public List<MessageView> log(String customerId) {
    Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    return em.createNamedQuery(CustomerMessage.OF_CUSTOMER, CustomerMessage.class)
        .setParameter("customer", customer.id())
        .setMaxResults(LOG_LIMIT)
        .getResultStream()
        .map(MessageView::of)
        .toList();
  }
}
