package net.genvoice.disclosure.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.entity.Customer;
import net.genvoice.customer.entity.PaymentMethod;
import net.genvoice.customer.entity.PaymentMethodKind;
import net.genvoice.customer.entity.PostalAddress;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.FieldSet;

/**
 * P19, P23: the values of exactly the permitted fields of a subject, read from GenVoice's own data
 * in the caller's transaction. Card fields come from the default card (else the first card), the
 * PayPal account from the default PayPal method (else the first); a field GenVoice does not hold
 * for the subject (government id, session, calls and invoices until those records exist) is left
 * out rather than sent empty. Survey answers are never read here (P14).
 */
@ApplicationScoped
public class SubjectValues {

  @PersistenceContext EntityManager em;

  public Map<DisclosableField, String> of(String subjectId, FieldSet fields) {
    Customer customer = subjectId == null ? null : em.find(Customer.class, subjectId);
    if (customer == null) {
      throw new CustomerNotFoundException("customer");
    }
    Map<DisclosableField, String> values = new EnumMap<>(DisclosableField.class);
    for (DisclosableField field : fields.toSet()) {
      valueOf(customer, field).ifPresent(value -> values.put(field, value));
    }
    return Collections.unmodifiableMap(values);
  }

  private static Optional<String> valueOf(Customer customer, DisclosableField field) {
    Optional<PaymentMethod> card = preferred(customer, PaymentMethodKind.CARD);
    return switch (field) {
      case CUSTOMER_NAME -> Optional.ofNullable(customer.name());
      case CUSTOMER_EMAIL -> Optional.ofNullable(customer.email());
      case CUSTOMER_PHONE -> Optional.ofNullable(customer.phone());
      case CUSTOMER_ADDRESS -> Optional.ofNullable(customer.address()).map(PostalAddress::oneLine);
      case PAYMENT_TOKEN -> card.map(PaymentMethod::providerToken);
      case PAYMENT_BRAND -> card.map(m -> m.cardBrand() == null ? null : m.cardBrand().name());
      case PAYMENT_LAST4 -> card.map(PaymentMethod::cardLast4);
      case PAYMENT_EXPIRY ->
          card.filter(m -> m.expiryMonth() != null && m.expiryYear() != null)
              .map(m -> String.format("%02d/%04d", m.expiryMonth(), m.expiryYear()));
      case PAYMENT_BILLING_ADDRESS ->
          card.map(PaymentMethod::billingAddress).map(PostalAddress::oneLine);
      case PAYPAL_ACCOUNT ->
          preferred(customer, PaymentMethodKind.PAYPAL).map(PaymentMethod::paypalEmail);
      case SURVEY_ANSWERS -> Optional.empty(); // P14: never leaves GenVoice
      default -> Optional.empty();
    };
  }

  private static Optional<PaymentMethod> preferred(Customer customer, PaymentMethodKind kind) {
    return customer.paymentMethods().stream()
        .filter(method -> method.kind() == kind)
        .sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()))
        .findFirst();
  }
}
