package net.genvoice.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import net.genvoice.customer.boundary.AddressCommand;
import net.genvoice.customer.boundary.PaymentMethodCommand;
import net.genvoice.customer.entity.CardBrand;
import net.genvoice.customer.entity.PaymentMethod;
import net.genvoice.customer.entity.PostalAddress;
import net.genvoice.payment.control.CardDetails;
import net.genvoice.payment.control.CardToken;
import net.genvoice.payment.control.PaymentGateway;

/**
 * P03: checks a payment method and enrols it. A card must be Visa, MasterCard or American Express
 * (brand from the number's prefix), pass the Luhn check, not be expired, and have the CVV length of
 * its brand; its number and CVV go to the provider's tokenisation API and only the token, brand,
 * last four, expiry and billing address remain.
 */
@ApplicationScoped
public class PaymentMethodEnrolment {

  @Inject CardNumbers cards;
  @Inject EmailAddresses emails;
  @Inject PaymentGateway paymentGateway;

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
   * Enrols a payment method that {@link #validate} accepted; for a card this calls the provider.
   */
  public PaymentMethod enrol(PaymentMethodCommand command, String holderName) {
    if (!command.isCard()) {
      return PaymentMethod.payPal(emails.normalise(command.email()).orElseThrow(), clock.instant());
    }
    String digits = CardNumbers.digitsOnly(command.number());
    CardBrand brand = cards.brandOf(digits).orElseThrow();
    CardToken token =
        paymentGateway.tokenize(
            new CardDetails(
                digits, command.expiryMonth(), command.expiryYear(), command.cvv(), holderName));
    return PaymentMethod.card(
        token.token(),
        brand,
        digits.substring(digits.length() - 4),
        command.expiryMonth(),
        command.expiryYear(),
        postal(command.billingAddress()),
        clock.instant());
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
