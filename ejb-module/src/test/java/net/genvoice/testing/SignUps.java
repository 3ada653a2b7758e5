package net.genvoice.testing;

import java.time.Year;
import java.util.UUID;
import net.genvoice.customer.boundary.AddressCommand;
import net.genvoice.customer.boundary.PaymentMethodCommand;
import net.genvoice.customer.boundary.SeatCommand;
import net.genvoice.customer.boundary.SignUpCommand;

/**
 * Valid sign-up data for in-container tests, each with an email address no other test uses. Emails
 * are letters only, so that a scan for a card number or CVV in the database cannot match them.
 */
public final class SignUps {

  public static final String PASSWORD = "Velvet-Harbour-Quill-58";
  public static final String PHONE = "+1 (415) 555-0142";
  public static final String PHONE_E164 = "+14155550142";
  public static final String VISA = "4111111111111111";
  public static final String MASTERCARD = "5555555555554444";
  public static final String AMEX = "378282246310005";

  private SignUps() {}

  /** A fresh email address like {@code Ada.kqzfbh...@Example.COM}: mixed case on purpose. */
  public static String uniqueEmail(String prefix) {
    StringBuilder letters = new StringBuilder();
    for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
      letters.append((char) ('a' + Character.digit(c, 16)));
    }
    return prefix + "." + letters + "@Example.COM";
  }

  public static AddressCommand address() {
    return new AddressCommand("1 Market Street", "Suite 5", "San Francisco", "CA", "94105", "us");
  }

  public static PaymentMethodCommand card(String number, String cvv) {
    return new PaymentMethodCommand(
        "card", number, 12, Year.now().getValue() + 2, cvv, address(), null);
  }

  public static PaymentMethodCommand payPal(String email) {
    return new PaymentMethodCommand("paypal", null, null, null, null, null, email);
  }

  public static SignUpCommand withCard(String email, String number, String cvv) {
    return new SignUpCommand("Ada Lovelace", email, PHONE, PASSWORD, address(), card(number, cvv));
  }

  public static SignUpCommand withVisa(String email) {
    return withCard(email, VISA, "987");
  }

  public static SeatCommand seat(String email) {
    return new SeatCommand("Grace Hopper", email, "415 555 0199", PASSWORD, null);
  }
}
