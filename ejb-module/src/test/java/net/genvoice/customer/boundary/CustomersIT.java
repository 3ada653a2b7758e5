package net.genvoice.customer.boundary;

import static net.genvoice.testing.SignUps.AMEX;
import static net.genvoice.testing.SignUps.MASTERCARD;
import static net.genvoice.testing.SignUps.PASSWORD;
import static net.genvoice.testing.SignUps.VISA;
import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.genvoice.identity.boundary.AccessTokens;
import net.genvoice.identity.boundary.Authentication;
import net.genvoice.identity.boundary.AuthenticationFailedException;
import net.genvoice.identity.boundary.Roles;
import net.genvoice.identity.boundary.SignedIn;
import net.genvoice.identity.entity.PrincipalKind;
import net.genvoice.identity.entity.TokenPurpose;
import net.genvoice.payment.control.CardDeclinedException;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.error.ProviderUnavailableException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.RecordingPaymentGateway;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P01, P03: the customer-account rules of {@link Customers} against the real schema, checked in the
 * database with plain JDBC. Every refused request must leave nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class CustomersIT {

  private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f-]{36}");
  private static final String HASH_FORMAT = "PBKDF2WithHmacSHA512:";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "customers-it", SignUps.class, DatabaseRows.class, CustomerRows.class);
  }

  @EJB Customers customers;
  @EJB Authentication authentication;
  @EJB AccessTokens tokens;
  @EJB Database database;
  @Inject RecordingPaymentGateway gateway;

  DatabaseRows db;

  @BeforeEach
  void openDatabase() {
    db = new DatabaseRows(database.dataSource());
  }

  // --- sign-up ---------------------------------------------------------------------------------

  @Test
  void signUpWithVisaKeepsTokenBrandLastFourExpiryAndBillingAddress() {
    String email = uniqueEmail("Visa");
    var command = SignUps.withCard(email, "4111 1111 1111 1111", "987");

    CustomerView view = customers.signUp(command);

    Map<String, Object> customer = CustomerRows.customer(db, view.id());
    assertEquals(email.toLowerCase(Locale.ROOT), customer.get("email"));
    assertEquals(SignUps.PHONE_E164, customer.get("phone"));
    assertEquals("Ada Lovelace", customer.get("name"));
    assertEquals("US", customer.get("address_country"));
    assertEquals("ACTIVE", customer.get("status"));
    assertNull(customer.get("payer_id"));

    Map<String, Object> method =
        db.single("SELECT * FROM payment_method WHERE customer_id = ?", view.id());
    assertAll(
        () -> assertEquals("CARD", method.get("kind")),
        () -> assertTrue(String.valueOf(method.get("provider_token")).matches("tok_test_\\d+")),
        () -> assertEquals("VISA", method.get("card_brand")),
        () -> assertEquals("1111", method.get("card_last4")),
        () -> assertEquals(12, method.get("expiry_month")),
        () -> assertEquals(Year.now().getValue() + 2, method.get("expiry_year")),
        () -> assertEquals("1 Market Street", method.get("billing_line1")),
        () -> assertEquals("94105", method.get("billing_postal_code")),
        () -> assertEquals("US", method.get("billing_country")),
        () -> assertEquals(Boolean.TRUE, method.get("is_default")),
        () -> assertNull(method.get("paypal_email")));
    assertEquals("1111", view.paymentMethods().get(0).last4());
    assertEquals("Visa", view.paymentMethods().get(0).brand());
  }

  @Test
  void signUpKeepsThePasswordOnlyAsAPbkdf2Hash() {
    CustomerView view = customers.signUp(SignUps.withVisa(uniqueEmail("Hash")));

    String hash = (String) CustomerRows.customer(db, view.id()).get("password_hash");
    assertTrue(hash.startsWith(HASH_FORMAT), "Jakarta Security PBKDF2 format");
    assertFalse(hash.contains(PASSWORD), "the hash does not contain the password");
    assertFalse(hash.toLowerCase(Locale.ROOT).contains("velvet"));
  }

  @Test
  void noColumnOfAnyCustomerOrPaymentMethodRowHoldsTheCardNumberOrTheCvv() {
    String grouped = "5555 5555 5555 4444";
    String cvv = "987";
    customers.signUp(SignUps.withCard(uniqueEmail("Scan"), grouped, cvv));
    customers.signUp(SignUps.withCard(uniqueEmail("ScanAmex"), AMEX, "9871"));

    // they did reach the provider, which is the only place they may go
    assertTrue(
        gateway.receivedWithNumber(MASTERCARD).stream().anyMatch(card -> cvv.equals(card.cvv())));
    assertFalse(gateway.receivedWithNumber(AMEX).isEmpty());
    for (String table : new String[] {"customer", "payment_method"}) {
      for (Object cell : db.cellsOf(table)) {
        String text = String.valueOf(cell);
        assertFalse(text.replaceAll("[\\s-]", "").contains(MASTERCARD), table + ": card number");
        assertFalse(text.replaceAll("[\\s-]", "").contains(AMEX), table + ": card number");
        assertFalse(text.equals(cvv) || text.equals("9871"), table + ": a column holds the CVV");
        boolean freeText = cell instanceof String && !isIdOrHash(text);
        assertFalse(freeText && text.contains(cvv), table + ": the CVV within " + text);
      }
    }
  }

  @Test
  void signUpWithPayPalKeepsTheAccountsEmail() {
    String payPal = uniqueEmail("PayPal");

    CustomerView view = customers.signUp(signUp(uniqueEmail("Pp"), SignUps.payPal(payPal)));

    Map<String, Object> method =
        db.single("SELECT * FROM payment_method WHERE customer_id = ?", view.id());
    assertEquals("PAYPAL", method.get("kind"));
    assertEquals(payPal.toLowerCase(Locale.ROOT), method.get("paypal_email"));
    assertNull(method.get("provider_token"));
    assertNull(method.get("card_last4"));
    assertEquals(Boolean.TRUE, method.get("is_default"));
    assertTrue(view.paymentMethods().get(0).paypalEmail().contains("***"), "masked in the view");
  }

  @Test
  void refusesAnEmailThatIsTakenWhateverItsCase() {
    String email = uniqueEmail("Twice");
    customers.signUp(SignUps.withVisa(email));
    long customersBefore = db.countAll("customer");
    long methodsBefore = db.countAll("payment_method");

    assertThrows(
        EmailTakenException.class,
        () -> customers.signUp(SignUps.withVisa("  " + email.toUpperCase(Locale.ROOT) + " ")));

    assertEquals(customersBefore, db.countAll("customer"));
    assertEquals(methodsBefore, db.countAll("payment_method"));
    assertEquals(
        1,
        db.count("SELECT COUNT(*) FROM customer WHERE email = ?", email.toLowerCase(Locale.ROOT)));
  }

  @Test
  void refusesADiscoverCard() {
    assertRefused(
        SignUps.withCard(uniqueEmail("Disc"), "6011111111111117", "987"), "paymentMethod.number");
  }

  @Test
  void refusesACardNumberThatFailsTheLuhnCheck() {
    assertRefused(
        SignUps.withCard(uniqueEmail("Luhn"), "4111111111111112", "987"), "paymentMethod.number");
  }

  @Test
  void refusesAnExpiredCard() {
    var card =
        new PaymentMethodCommand(
            "card", VISA, 12, Year.now().getValue() - 1, "987", SignUps.address(), null);
    assertRefused(signUp(uniqueEmail("Expired"), card), "paymentMethod.expiryYear");
  }

  @Test
  void refusesAThreeDigitCvvForAnAmericanExpressCard() {
    assertRefused(SignUps.withCard(uniqueEmail("Amex"), AMEX, "987"), "paymentMethod.cvv");
  }

  @Test
  void refusesAnInvalidEmail() {
    var command = SignUps.withVisa(uniqueEmail("x"));
    assertRefused(
        new SignUpCommand(
            command.name(),
            "ada.at.example.com",
            command.phone(),
            PASSWORD,
            command.address(),
            command.paymentMethod()),
        "email");
  }

  @Test
  void refusesAnInvalidPhone() {
    String email = uniqueEmail("Phone");
    var command = SignUps.withVisa(email);
    assertRefused(
        new SignUpCommand(
            command.name(), email, "555 12", PASSWORD, command.address(), command.paymentMethod()),
        "phone");
  }

  @Test
  void refusesACommonPassword() {
    String email = uniqueEmail("Weak");
    var command = SignUps.withVisa(email);
    assertRefused(
        new SignUpCommand(
            command.name(),
            email,
            command.phone(),
            "password1234",
            command.address(),
            command.paymentMethod()),
        "password");
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    var card =
        new PaymentMethodCommand(
            "card", "6011111111111117", 12, Year.now().getValue() + 1, "987", null, null);
    assertRefused(
        new SignUpCommand("Ada Lovelace", "nope", "12", "short", SignUps.address(), card),
        "email",
        "phone",
        "password",
        "paymentMethod.number",
        "paymentMethod.billingAddress");
  }

  @Test
  void refusesAMissingAddressThroughBeanValidation() {
    String email = uniqueEmail("NoAddress");
    var command = SignUps.withVisa(email);
    long before = db.countAll("customer");

    Throwable thrown =
        assertThrows(
            RuntimeException.class,
            () ->
                customers.signUp(
                    new SignUpCommand(
                        command.name(),
                        email,
                        command.phone(),
                        PASSWORD,
                        null,
                        command.paymentMethod())));

    ConstraintViolationException violation = causeOf(thrown, ConstraintViolationException.class);
    assertTrue(
        violation.getConstraintViolations().stream()
            .anyMatch(v -> v.getPropertyPath().toString().endsWith("address")),
        "the violation names the address: " + violation.getConstraintViolations());
    assertEquals(before, db.countAll("customer"));
    assertNoCustomer(email);
  }

  @Test
  void writesNothingWhenTheProviderDeclinesTheCard() {
    String email = uniqueEmail("Declined");
    long customersBefore = db.countAll("customer");
    long methodsBefore = db.countAll("payment_method");

    CardDeclinedException declined =
        assertThrows(
            CardDeclinedException.class,
            () -> customers.signUp(SignUps.withCard(email, "4000000000000002", "987")));

    assertEquals(Set.of("paymentMethod.number"), declined.fieldErrors().keySet());
    assertFalse(gateway.receivedWithNumber("4000000000000002").isEmpty(), "the provider was asked");
    assertEquals(customersBefore, db.countAll("customer"));
    assertEquals(methodsBefore, db.countAll("payment_method"));
    assertNoCustomer(email);
  }

  @Test
  void writesNothingWhenTheProviderIsUnavailable() {
    String email = uniqueEmail("Unavailable");
    long customersBefore = db.countAll("customer");
    long methodsBefore = db.countAll("payment_method");

    assertThrows(
        ProviderUnavailableException.class,
        () -> customers.signUp(SignUps.withCard(email, "4000000000000010", "987")));

    assertEquals(customersBefore, db.countAll("customer"));
    assertEquals(methodsBefore, db.countAll("payment_method"));
    assertNoCustomer(email);
  }

  // --- profile ---------------------------------------------------------------------------------

  @Test
  void correctsNamePhoneAndAddress() {
    CustomerView view = customers.signUp(SignUps.withVisa(uniqueEmail("Move")));
    var london = new AddressCommand("10 Downing Street", null, "London", null, "SW1A 2AA", "gb");

    customers.correct(
        view.id(), new ProfileCorrection("Ada King", "020 7946 0958", london, null, null));

    Map<String, Object> row = CustomerRows.customer(db, view.id());
    assertEquals("Ada King", row.get("name"));
    assertEquals("+442079460958", row.get("phone"), "national number read in the new country");
    assertEquals("10 Downing Street", row.get("address_line1"));
    assertEquals("GB", row.get("address_country"));
    assertEquals(view.email(), row.get("email"), "email unchanged");
  }

  @Test
  void changesTheEmailOnlyWithTheCurrentPassword() {
    CustomerView view = customers.signUp(SignUps.withVisa(uniqueEmail("Old")));
    String newEmail = uniqueEmail("New");

    InvalidInputException without =
        assertThrows(
            InvalidInputException.class,
            () ->
                customers.correct(
                    view.id(), new ProfileCorrection(null, null, null, newEmail, null)));
    InvalidInputException wrong =
        assertThrows(
            InvalidInputException.class,
            () ->
                customers.correct(
                    view.id(),
                    new ProfileCorrection(null, null, null, newEmail, "Not-The-Password-99")));
    assertEquals(Set.of("currentPassword"), without.fieldErrors().keySet());
    assertEquals(Set.of("currentPassword"), wrong.fieldErrors().keySet());
    assertEquals(view.email(), CustomerRows.customer(db, view.id()).get("email"));

    customers.correct(view.id(), new ProfileCorrection(null, null, null, newEmail, PASSWORD));

    assertEquals(
        newEmail.toLowerCase(Locale.ROOT), CustomerRows.customer(db, view.id()).get("email"));
    assertEquals(view.id(), authentication.signInCustomer(newEmail, PASSWORD).id());
  }

  @Test
  void refusesToChangeTheEmailToOneThatIsTaken() {
    String taken = uniqueEmail("Taken");
    customers.signUp(SignUps.withVisa(taken));
    CustomerView view = customers.signUp(SignUps.withVisa(uniqueEmail("Wants")));

    assertThrows(
        EmailTakenException.class,
        () ->
            customers.correct(
                view.id(), new ProfileCorrection("Renamed", null, null, taken, PASSWORD)));

    Map<String, Object> row = CustomerRows.customer(db, view.id());
    assertEquals(view.email(), row.get("email"));
    assertEquals("Ada Lovelace", row.get("name"), "the whole correction rolled back");
  }

  // --- payment methods -------------------------------------------------------------------------

  @Test
  void addsChoosesAndRemovesPaymentMethodsButNeverTheLastOne() {
    CustomerView view = customers.signUp(SignUps.withVisa(uniqueEmail("Wallet")));
    String visa = view.paymentMethods().get(0).id();

    PaymentMethodView master =
        customers.addPaymentMethod(view.id(), SignUps.card(MASTERCARD, "987"));
    assertEquals(Map.of(visa, true, master.id(), false), CustomerRows.defaults(db, view.id()));

    customers.chooseDefaultPaymentMethod(view.id(), master.id());
    assertEquals(Map.of(visa, false, master.id(), true), CustomerRows.defaults(db, view.id()));

    customers.removePaymentMethod(view.id(), master.id());
    assertEquals(Map.of(visa, true), CustomerRows.defaults(db, view.id()), "the default moved on");

    InvalidInputException last =
        assertThrows(
            InvalidInputException.class, () -> customers.removePaymentMethod(view.id(), visa));
    assertEquals(Set.of("paymentMethod"), last.fieldErrors().keySet());
    assertEquals(Map.of(visa, true), CustomerRows.defaults(db, view.id()));
  }

  @Test
  void refusesAnInvalidCardWhenAddingAPaymentMethod() {
    CustomerView view = customers.signUp(SignUps.withVisa(uniqueEmail("AddBad")));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> customers.addPaymentMethod(view.id(), SignUps.card("6011111111111117", "987")));

    assertEquals(Set.of("number"), refused.fieldErrors().keySet());
    assertEquals(1, CustomerRows.defaults(db, view.id()).size());
  }

  @Test
  void reachesOnlyItsOwnPaymentMethods() {
    CustomerView owner = customers.signUp(SignUps.withVisa(uniqueEmail("Owner")));
    customers.addPaymentMethod(owner.id(), SignUps.card(MASTERCARD, "987"));
    CustomerView other = customers.signUp(SignUps.withVisa(uniqueEmail("Other")));
    String ownersVisa = owner.paymentMethods().get(0).id();

    assertThrows(
        CustomerNotFoundException.class,
        () -> customers.removePaymentMethod(other.id(), ownersVisa));

    assertEquals(2, CustomerRows.defaults(db, owner.id()).size());
  }

  // --- seats -----------------------------------------------------------------------------------

  @Test
  void aSeatHolderIsACustomerPaidForByThePayerWithTheirOwnLogin() {
    CustomerView payer = customers.signUp(SignUps.withVisa(uniqueEmail("Payer")));
    String seatEmail = uniqueEmail("Seat");

    SeatView seat = customers.addSeat(payer.id(), SignUps.seat(seatEmail));

    Map<String, Object> row = CustomerRows.customer(db, seat.customerId());
    assertEquals(payer.id(), row.get("payer_id"));
    assertEquals(seatEmail.toLowerCase(Locale.ROOT), row.get("email"));
    assertEquals("+14155550199", row.get("phone"));
    assertEquals("1 Market Street", row.get("address_line1"), "the payer's address");
    assertEquals("ACTIVE", row.get("status"));
    assertTrue(((String) row.get("password_hash")).startsWith(HASH_FORMAT));
    assertEquals(
        0,
        db.count("SELECT COUNT(*) FROM payment_method WHERE customer_id = ?", seat.customerId()));
    assertEquals(
        java.util.List.of(seat.customerId()),
        customers.seats(payer.id()).stream().map(SeatView::customerId).toList());

    SignedIn signedIn = authentication.signInCustomer(seatEmail, PASSWORD);
    assertEquals(seat.customerId(), signedIn.id());
    assertEquals(PrincipalKind.CUSTOMER, signedIn.kind());
    assertEquals(Set.of(Roles.CUSTOMER), signedIn.roles());
  }

  @Test
  void removingASeatClosesTheSeatHoldersAccount() {
    CustomerView payer = customers.signUp(SignUps.withVisa(uniqueEmail("Payer")));
    String seatEmail = uniqueEmail("Leaving");
    SeatView seat = customers.addSeat(payer.id(), SignUps.seat(seatEmail));
    String token =
        tokens.issue(seat.customerId(), PrincipalKind.CUSTOMER, TokenPurpose.API).token();

    customers.removeSeat(payer.id(), seat.customerId());

    assertEquals("CLOSED", CustomerRows.customer(db, seat.customerId()).get("status"));
    assertTrue(customers.seats(payer.id()).isEmpty());
    assertTrue(tokens.resolve(token, TokenPurpose.API).isEmpty(), "the seat holder's token");
    assertThrows(
        AuthenticationFailedException.class,
        () -> authentication.signInCustomer(seatEmail, PASSWORD));
  }

  @Test
  void aSeatHolderCannotBuySeats() {
    CustomerView payer = customers.signUp(SignUps.withVisa(uniqueEmail("Payer")));
    SeatView seat = customers.addSeat(payer.id(), SignUps.seat(uniqueEmail("Holder")));
    String nested = uniqueEmail("Nested");
    long before = db.countAll("customer");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> customers.addSeat(seat.customerId(), SignUps.seat(nested)));

    assertEquals(Set.of("seat"), refused.fieldErrors().keySet());
    assertEquals(before, db.countAll("customer"));
    assertNoCustomer(nested);
  }

  @Test
  void aCustomerCannotRemoveAnotherCustomersSeat() {
    CustomerView payer = customers.signUp(SignUps.withVisa(uniqueEmail("Payer")));
    SeatView seat = customers.addSeat(payer.id(), SignUps.seat(uniqueEmail("Kept")));
    CustomerView stranger = customers.signUp(SignUps.withVisa(uniqueEmail("Stranger")));

    assertThrows(
        CustomerNotFoundException.class,
        () -> customers.removeSeat(stranger.id(), seat.customerId()));

    assertEquals("ACTIVE", CustomerRows.customer(db, seat.customerId()).get("status"));
    assertEquals(1, customers.seats(payer.id()).size());
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void assertRefused(SignUpCommand command, String... fields) {
    long customersBefore = db.countAll("customer");
    long methodsBefore = db.countAll("payment_method");

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> customers.signUp(command));

    assertEquals(Set.of(fields), refused.fieldErrors().keySet());
    assertEquals(customersBefore, db.countAll("customer"), "no customer written");
    assertEquals(methodsBefore, db.countAll("payment_method"), "no payment method written");
    assertNoCustomer(command.email());
  }

  private void assertNoCustomer(String email) {
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    assertEquals(0, db.count("SELECT COUNT(*) FROM customer WHERE email = ?", normalised));
  }

  private static SignUpCommand signUp(String email, PaymentMethodCommand paymentMethod) {
    return new SignUpCommand(
        "Ada Lovelace", email, SignUps.PHONE, PASSWORD, SignUps.address(), paymentMethod);
  }

  private static boolean isIdOrHash(String text) {
    return UUID_SHAPE.matcher(text).matches() || text.startsWith(HASH_FORMAT);
  }

  private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    throw new AssertionError("no " + type.getName() + " in the causes of " + thrown, thrown);
  }
}
