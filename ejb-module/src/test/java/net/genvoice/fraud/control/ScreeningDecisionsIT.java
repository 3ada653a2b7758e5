package net.genvoice.fraud.control;

import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.genvoice.customer.boundary.AddressCommand;
import net.genvoice.customer.boundary.CustomerView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.customer.boundary.PaymentMethodCommand;
import net.genvoice.customer.boundary.SignUpCommand;
import net.genvoice.decision.boundary.AutomatedDecisionView;
import net.genvoice.decision.boundary.AutomatedDecisions;
import net.genvoice.decision.entity.DecisionKind;
import net.genvoice.decision.entity.DecisionOutcome;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.platform.error.ProviderUnavailableException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.RecordingPartners;
import net.genvoice.testing.RecordingPaymentGateway;
import net.genvoice.testing.RegistryRows;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P11, P20, P22: sign-ups and new payment methods are screened for fraud through the policy gate
 * and decided automatically on the service's recommendation (the test double's markers choose it):
 * accept goes on, review goes on and is listed for staff, reject and an unavailable service leave
 * nothing written but the ledger's entries and, for a rejection, its recorded decision.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningDecisionsIT {

  static final String CLIENT = "203.0.113.9";
  static final String OWN_CARD = "4012888888881881";
  static final Set<String> SIGN_UP_WITH_CARD =
      Set.of(
          "customer.name",
          "customer.email",
          "customer.phone",
          "customer.address",
          "session.ipAddress",
          "paymentMethod.brand",
          "paymentMethod.last4",
          "paymentMethod.billingAddress");
  static final String LEDGER_OF =
      "SELECT * FROM disclosure_ledger_entry WHERE subject_id = ? ORDER BY seq_no";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "screening-decisions-it", SignUps.class, DatabaseRows.class, RegistryRows.class);
  }

  @EJB Customers customers;
  @EJB AutomatedDecisions decisions;
  @EJB Database database;
  @Inject RecordingPartners.Fraud fraud;
  @Inject RecordingPaymentGateway cards;

  DatabaseRows db;

  @BeforeEach
  void openDatabase() {
    db = new DatabaseRows(database.dataSource());
  }

  @Test
  void anAcceptedSignUpSendsOnlyThePermittedFieldsAndRecordsTheApproval() {
    CustomerView customer = customers.signUp(SignUps.withVisa(uniqueEmail("Fine")), CLIENT);

    List<Map<String, Object>> ledger = fraudEntriesOf(customer.id());
    assertEquals(List.of("RELEASE", "OUTCOME"), types(ledger));
    Map<String, Object> release = ledger.get(0);
    assertEquals("PREVENT_FRAUD", release.get("purpose"));
    assertEquals("FRAUD_PROTECTION", release.get("legal_basis"));
    assertEquals(SIGN_UP_WITH_CARD, fieldNames(release));
    assertEquals("SUCCEEDED", ledger.get(1).get("outcome"));
    RecordingPartners.Screening screening = screeningOf(release);
    assertEquals(ScreeningSubject.SIGN_UP, screening.what());
    assertEquals(SIGN_UP_WITH_CARD, screening.fields(), "exactly what the ledger records");

    AutomatedDecisionView decision = single(decisions.of(customer.id()));
    assertEquals("FRAUD_SCREENING", decision.kind());
    assertEquals("sign-up", decision.subject());
    assertEquals("APPROVED", decision.outcome());
    assertEquals(List.of("test-stand-in"), decision.reasons());
    assertEquals(SIGN_UP_WITH_CARD, Set.copyOf(decision.dataSent()));
    assertEquals("automated", decision.decidedBy());
    assertEquals(release.get("id"), releaseOf(decision.id()));
  }

  @Test
  void theScreeningGetsNoFieldTheRegistryNoLongerAllows() {
    RegistryRows registry = new RegistryRows(db);
    registry.disallow("fraud-service", Purpose.PREVENT_FRAUD, DisclosableField.SESSION_IP_ADDRESS);
    try {
      CustomerView customer = customers.signUp(SignUps.withVisa(uniqueEmail("NoIp")), CLIENT);

      Map<String, Object> release = fraudEntriesOf(customer.id()).get(0);
      assertFalse(fieldNames(release).contains("session.ipAddress"), release.toString());
      assertFalse(screeningOf(release).fields().contains("session.ipAddress"));
    } finally {
      registry.allow("fraud-service", Purpose.PREVENT_FRAUD, DisclosableField.SESSION_IP_ADDRESS);
    }
  }

  @Test
  void aSignUpSentToReviewIsAcceptedAndListedForStaff() {
    CustomerView customer =
        customers.signUp(SignUps.withVisa(uniqueEmail(RecordingPartners.Fraud.REVIEW)), CLIENT);

    assertEquals(1, customers.paymentMethods(customer.id()).size());
    AutomatedDecisionView decision = single(decisions.of(customer.id()));
    assertEquals("REVIEW", decision.outcome());
    assertEquals(List.of("new-device"), decision.reasons());
    assertTrue(decision.method().contains("a person at GenVoice reviews it"));
    assertTrue(
        decisions.withOutcome(DecisionKind.FRAUD_SCREENING, DecisionOutcome.REVIEW, 500).stream()
            .anyMatch(listed -> listed.id().equals(decision.id())));
  }

  @Test
  void aRejectedSignUpWritesNothingButItsReleaseAndTheRecordedRefusal() {
    String email = uniqueEmail(RecordingPartners.Fraud.REJECT);
    long customersBefore = db.countAll("customer");
    long methodsBefore = db.countAll("payment_method");

    FraudRejectedException rejected =
        assertThrows(
            FraudRejectedException.class,
            () -> customers.signUp(SignUps.withCard(email, OWN_CARD, "987"), CLIENT));

    assertEquals("fraud-screening-rejected", rejected.code());
    assertEquals(List.of("identity-mismatch", "velocity-exceeded"), rejected.reasons());
    assertTrue(rejected.getMessage().contains("no account was created"), rejected.getMessage());
    assertTrue(rejected.getMessage().contains(rejected.decisionId()), rejected.getMessage());
    assertEquals(customersBefore, db.countAll("customer"), "no customer");
    assertEquals(methodsBefore, db.countAll("payment_method"), "no payment method");
    assertEquals(0, db.count("SELECT COUNT(*) FROM customer WHERE email = ?", email.toLowerCase()));
    assertEquals(List.of(), cards.receivedWithNumber(OWN_CARD), "the card went nowhere");

    Map<String, Object> refusal =
        db.single("SELECT * FROM automated_decision WHERE id = ?", rejected.decisionId());
    assertEquals("DECLINED", refusal.get("outcome"));
    assertEquals("FRAUD_SCREENING", refusal.get("kind"));
    assertEquals("automated", refusal.get("decided_by"));
    List<Map<String, Object>> ledger =
        db.query(LEDGER_OF, refusal.get("subject_id")); // the account that was never created
    assertEquals(List.of("RELEASE", "OUTCOME"), types(ledger), "nothing sent to the card provider");
    assertEquals("fraud-service", ledger.get(0).get("recipient_id"));
    assertEquals(refusal.get("release_id"), ledger.get(0).get("id"));
  }

  @Test
  void anUnavailableServiceFailsTheSignUpClosedWithNothingWrittenAndTheFailureRecorded() {
    String email = uniqueEmail(RecordingPartners.Fraud.UNAVAILABLE);
    long customersBefore = db.countAll("customer");
    long decisionsBefore = db.countAll("automated_decision");

    ProviderUnavailableException down =
        assertThrows(
            ProviderUnavailableException.class,
            () -> customers.signUp(SignUps.withCard(email, OWN_CARD, "987"), CLIENT));

    assertEquals("provider-unavailable", down.code());
    assertEquals(customersBefore, db.countAll("customer"));
    assertEquals(decisionsBefore, db.countAll("automated_decision"), "nothing was decided");
    assertEquals(List.of(), cards.receivedWithNumber(OWN_CARD));
    String releaseId = fraud.screened().get(fraud.screened().size() - 1).releaseId();
    Map<String, Object> outcome =
        db.single("SELECT * FROM disclosure_ledger_entry WHERE release_id = ?", releaseId);
    assertEquals("FAILED", outcome.get("outcome"));
    assertEquals("provider-unavailable", outcome.get("outcome_detail"));
  }

  @Test
  void aRejectedPaymentMethodIsNotAddedAndTheAccountKeepsWhatItHad() {
    CustomerView customer = customers.signUp(SignUps.withVisa(uniqueEmail("Wallet")), CLIENT);
    String account = RecordingPartners.Fraud.REJECT + ".wallet@example.com";

    FraudRejectedException rejected =
        assertThrows(
            FraudRejectedException.class,
            () -> customers.addPaymentMethod(customer.id(), SignUps.payPal(account), CLIENT));

    assertTrue(rejected.getMessage().contains("it was not added"), rejected.getMessage());
    assertEquals(1, customers.paymentMethods(customer.id()).size());
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM payment_method WHERE paypal_email = ?", account));
    List<AutomatedDecisionView> seen = decisions.of(customer.id());
    assertEquals(List.of("DECLINED", "APPROVED"), seen.stream().map(d -> d.outcome()).toList());
    assertEquals("payment-method", seen.get(0).subject());
    assertTrue(seen.get(0).dataSent().contains("paymentMethod.paypalAccount"));
    assertFalse(
        fraudEntriesOf(customer.id()).stream()
            .anyMatch(e -> "paypal".equals(e.get("recipient_id"))));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM disclosure_ledger_entry WHERE subject_id = ?"
                + " AND recipient_id = 'paypal'",
            customer.id()),
        "the account was never sent to PayPal");
  }

  @Test
  void aNewCardSentToReviewIsAddedAndScreenedWithoutItsNumber() {
    CustomerView customer = customers.signUp(SignUps.withVisa(uniqueEmail("Second")), null);
    AddressCommand billing =
        new AddressCommand(
            "2 Market Street",
            RecordingPartners.Fraud.REVIEW,
            "San Francisco",
            "CA",
            "94105",
            "US");
    PaymentMethodCommand card =
        new PaymentMethodCommand(
            "card", SignUps.MASTERCARD, 12, Year.now().getValue() + 2, "987", billing, null);

    customers.addPaymentMethod(customer.id(), card, CLIENT);

    assertEquals(2, customers.paymentMethods(customer.id()).size());
    List<Map<String, Object>> ledger = fraudEntriesOf(customer.id());
    assertEquals(List.of("RELEASE", "OUTCOME", "RELEASE", "OUTCOME"), types(ledger));
    assertFalse(fieldNames(ledger.get(0)).contains("session.ipAddress"), "no address was known");
    Set<String> sent = screeningOf(ledger.get(2)).fields();
    assertEquals(ScreeningSubject.PAYMENT_METHOD, screeningOf(ledger.get(2)).what());
    assertTrue(sent.containsAll(Set.of("paymentMethod.last4", "paymentMethod.billingAddress")));
    assertFalse(sent.contains("paymentMethod.cardNumber") || sent.contains("paymentMethod.cvv"));
    assertEquals("REVIEW", decisions.of(customer.id()).get(0).outcome());
  }

  @Test
  void aSignUpWithPayPalIsScreenedWithTheAccountInsteadOfCardFields() {
    SignUpCommand command =
        new SignUpCommand(
            "Ada Lovelace",
            uniqueEmail("Pal"),
            SignUps.PHONE,
            SignUps.PASSWORD,
            SignUps.address(),
            SignUps.payPal("ada.pal@example.com"));

    CustomerView customer = customers.signUp(command, CLIENT);

    Set<String> sent = fieldNames(fraudEntriesOf(customer.id()).get(0));
    assertTrue(sent.contains("paymentMethod.paypalAccount"), sent.toString());
    assertFalse(sent.contains("paymentMethod.last4"), sent.toString());
  }

  private List<Map<String, Object>> fraudEntriesOf(String subjectId) {
    return db.query(LEDGER_OF, subjectId).stream()
        .filter(entry -> "fraud-service".equals(entry.get("recipient_id")))
        .toList();
  }

  private RecordingPartners.Screening screeningOf(Map<String, Object> release) {
    return fraud.screened().stream()
        .filter(screening -> screening.releaseId().equals(release.get("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not screened: " + release));
  }

  private Object releaseOf(String decisionId) {
    return db.single("SELECT release_id FROM automated_decision WHERE id = ?", decisionId)
        .get("release_id");
  }

  private static List<Object> types(List<Map<String, Object>> entries) {
    return entries.stream().map(entry -> entry.get("entry_type")).toList();
  }

  private static Set<String> fieldNames(Map<String, Object> entry) {
    return Set.of(String.valueOf(entry.get("field_names")).split(","));
  }

  private static <T> T single(List<T> items) {
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }
}
