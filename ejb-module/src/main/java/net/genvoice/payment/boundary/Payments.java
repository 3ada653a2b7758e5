package net.genvoice.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.entity.Customer;
import net.genvoice.customer.entity.PaymentMethod;
import net.genvoice.customer.entity.PaymentMethodKind;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.OutboundReleases;
import net.genvoice.payment.control.Money;
import net.genvoice.payment.control.PayPalGateway;
import net.genvoice.payment.control.PaymentGateway;
import net.genvoice.payment.control.PaymentProvider;
import net.genvoice.payment.control.ProviderReceipt;
import net.genvoice.payment.entity.Payment;

/**
 * P10, P20: one-off payments. The authorisation and the capture are each a release of the payment
 * method's token (or PayPal account) to its provider, decided and recorded first (P23); each sends
 * an idempotency key derived from the payment's id, so a retry, by fault tolerance or otherwise,
 * never charges twice. A declined or failed payment leaves no payment row; the ledger keeps the
 * attempt and its outcome.
 */
@Stateless
public class Payments {

  @PersistenceContext EntityManager em;
  @Inject OutboundReleases releases;
  @Inject PaymentGateway cards;
  @Inject PayPalGateway payPal;

  Clock clock = Clock.systemUTC();

  public PaymentView pay(String customerId, @NotNull @Valid PaymentCommand command) {
    Customer customer = em.find(Customer.class, customerId == null ? "" : customerId);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    PaymentMethod method = methodOf(customer, command.paymentMethodId());
    Money amount = new Money(command.amount(), command.currency());
    Payment payment =
        new Payment(
            customerId, method.id(), amount.minorUnits(), amount.currency(), clock.instant());
    boolean card = method.kind() == PaymentMethodKind.CARD;
    PaymentProvider provider = card ? cards : payPal;
    DisclosableField field =
        card ? DisclosableField.PAYMENT_TOKEN : DisclosableField.PAYPAL_ACCOUNT;
    Map<DisclosableField, String> instrument =
        Map.of(field, card ? method.providerToken() : method.paypalEmail());
    ProviderReceipt authorization =
        releases.release(
            command(customerId, provider, field, payment, "authorize"),
            instrument,
            data -> provider.authorize(data, amount, payment.id() + "-authorize"));
    payment.authorized(authorization.id());
    ProviderReceipt charge =
        releases.release(
            command(customerId, provider, field, payment, "capture"),
            instrument,
            data -> provider.capture(data, authorization.id(), amount, payment.id() + "-capture"));
    payment.captured(charge.id());
    em.persist(payment);
    return PaymentView.of(payment);
  }

  public List<PaymentView> payments(String customerId) {
    return em.createNamedQuery(Payment.OF_CUSTOMER, Payment.class)
        .setParameter("customer", customerId)
        .getResultStream()
        .map(PaymentView::of)
        .toList();
  }

  private static PaymentMethod methodOf(Customer customer, String paymentMethodId) {
    return (paymentMethodId == null
            ? customer.paymentMethods().stream().filter(PaymentMethod::isDefault).findFirst()
            : customer.paymentMethod(paymentMethodId))
        .orElseThrow(() -> new CustomerNotFoundException("payment method"));
  }

  private static ReleaseCommand command(
      String customerId,
      PaymentProvider provider,
      DisclosableField field,
      Payment payment,
      String step) {
    return new ReleaseCommand(
        customerId,
        provider.recipientId(),
        Purpose.PROCESS_PAYMENT,
        LegalBasis.SERVICE_NECESSITY,
        Set.of(field),
        "payment " + payment.id(),
        null,
        payment.id() + "-" + step);
  }
}
