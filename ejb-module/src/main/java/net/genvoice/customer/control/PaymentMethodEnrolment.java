package net.genvoice.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.customer.boundary.AddressCommand;
import net.genvoice.customer.boundary.PaymentMethodCommand;
import net.genvoice.customer.entity.CardBrand;
import net.genvoice.customer.entity.PaymentMethod;
import net.genvoice.customer.entity.PostalAddress;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.OutboundReleases;
import net.genvoice.payment.control.CardDetails;
import net.genvoice.payment.control.CardToken;
import net.genvoice.payment.control.PayPalGateway;
import net.genvoice.payment.control.PaymentGateway;

/**
 * P03: checks a payment method and enrols it. A card must be Visa, MasterCard or American Express
 * (brand from the number's prefix), pass the Luhn check, not be expired, and have the CVV length of
 * its brand; its number and CVV go to the provider's tokenisation API and only the token, brand,
 * last four, expiry and billing address remain. P20: that tokenisation, and the verification of a
 * PayPal account with its provider, are releases like any other: decided by the policy engine,
 * recorded in the disclosure ledger, and sent with exactly the permitted fields.
 */
@ApplicationScoped
public class PaymentMethodEnrolment {

  @Inject CardNumbers cards;
  @Inject EmailAddresses emails;
  @Inject PaymentGateway paymentGateway;
  @Inject PayPalGateway payPalGateway;
  @Inject OutboundReleases releases;

  Clock clock = Clock.systemUTC();

  public void validate(PaymentMethodCommand command, String prefix, FieldErrors errors) {
    if (command.isCard()) {
      errors.addAll(
          prefix,
          cards.validate(
              command.number(),
              command.expiryMonth(),
              command.expiryYear(),
              command.cvv(),
              YearMonth.now(clock)));
      if (command.billingAddress() == null) {
        errors.add(prefix + "billingAddress", "A card needs its billing address");
      }
    } else if (command.email() == null || emails.normalise(command.email()).isEmpty()) {
      errors.add(prefix + "email", "Enter the email address of the PayPal account");
    }
  }

  /**
   * P11, P20: what a fraud screening may learn of a payment method that {@link #validate} accepted:
   * a card's brand, last four digits and billing address (never its number or CVV), or the PayPal
   * account.
   */
  public Map<DisclosableField, String> screeningValues(PaymentMethodCommand command) {
    Map<DisclosableField, String> values = new EnumMap<>(DisclosableField.class);
    if (!command.isCard()) {
      values.put(DisclosableField.PAYPAL_ACCOUNT, emails.normalise(command.email()).orElseThrow());
      return values;
    }
    String digits = CardNumbers.digitsOnly(command.number());
    values.put(DisclosableField.PAYMENT_BRAND, cards.brandOf(digits).orElseThrow().name());
    values.put(DisclosableField.PAYMENT_LAST4, digits.substring(digits.length() - 4));
    values.put(
        DisclosableField.PAYMENT_BILLING_ADDRESS, postal(command.billingAddress()).oneLine());
    return values;
  }

  /**
   * Enrols a payment method that {@link #validate} accepted for the customer {@code subjectId}; a
   * card is tokenised and a PayPal account verified with its provider (P20).
   */
  public PaymentMethod enrol(PaymentMethodCommand command, String subjectId, String holderName) {
    if (!command.isCard()) {
      String email = emails.normalise(command.email()).orElseThrow();
      releases.release(
          verification(
              subjectId, payPalGateway.recipientId(), Set.of(DisclosableField.PAYPAL_ACCOUNT)),
          Map.of(DisclosableField.PAYPAL_ACCOUNT, email),
          account -> payPalGateway.verifyAccount(account, UUID.randomUUID().toString()));
      return PaymentMethod.payPal(email, clock.instant());
    }
    String digits = CardNumbers.digitsOnly(command.number());
    CardBrand brand = cards.brandOf(digits).orElseThrow();
    CardDetails card =
        new CardDetails(
            digits, command.expiryMonth(), command.expiryYear(), command.cvv(), holderName);
    CardToken token =
        releases.release(
            verification(subjectId, paymentGateway.recipientId(), CardDetails.FIELDS),
            card.values(),
            paymentGateway::tokenize);
    return PaymentMethod.card(
        token.token(),
        brand,
        digits.substring(digits.length() - 4),
        command.expiryMonth(),
        command.expiryYear(),
        postal(command.billingAddress()),
        clock.instant());
  }

  /** P20: verifying a payment method with its provider is what the service needs. */
  private static ReleaseCommand verification(
      String subjectId, String recipientId, Set<DisclosableField> fields) {
    return new ReleaseCommand(
        subjectId,
        recipientId,
        Purpose.VERIFY_PAYMENT_METHOD,
        LegalBasis.SERVICE_NECESSITY,
        fields,
        null,
        null,
        UUID.randomUUID().toString());
  }

  public static PostalAddress postal(AddressCommand address) {
    return new PostalAddress(
        address.line1().trim(),
        blankToNull(address.line2()),
        address.city().trim(),
        blankToNull(address.region()),
        address.postalCode().trim(),
        address.country().toUpperCase(java.util.Locale.ROOT));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
