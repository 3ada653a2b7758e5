package net.genvoice.disclosure.boundary;

import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_ADDRESS;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_EMAIL;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_NAME;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_LAST4;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_TOKEN;
import static net.genvoice.disclosure.entity.DisclosableField.SURVEY_ANSWERS;
import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.disclosure.entity.DenialReason;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.RegistryRows;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P14, P15, P18, P20, P23: the boundary every release goes through, against the real schema and
 * checked with plain JDBC: one ledger entry per decision, permits and denials alike, each denial
 * with its stable code, malformed commands refused with nothing written, and a record that survives
 * the caller's rollback.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosuresIT {

  static final String ROWS_OF =
      "SELECT * FROM disclosure_ledger_entry WHERE subject_id = ? AND seq_no > ? ORDER BY seq_no";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "disclosures-it",
        SignUps.class,
        DatabaseRows.class,
        RegistryRows.class,
        RollingBackCaller.class);
  }

  @EJB Disclosures disclosures;
  @EJB DisclosureLedger ledger;
  @EJB Customers customers;
  @EJB RollingBackCaller rollingBack;
  @EJB Database database;

  DatabaseRows db;
  RegistryRows registry;
  String customer;
  String cardProvider;
  long signedUp;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    registry = new RegistryRows(db);
    customer = customers.signUp(SignUps.withVisa(uniqueEmail("Ledger"))).id();
    // P20: the sign-up's card tokenisation is itself a recorded release (and its outcome)
    signedUp =
        db.count("SELECT COUNT(*) FROM disclosure_ledger_entry WHERE subject_id = ?", customer);
    cardProvider =
        registry.register(
            "card",
            RecipientKind.PAYMENT_PROVIDER,
            Map.of(Purpose.VERIFY_PAYMENT_METHOD, Set.of(PAYMENT_TOKEN, PAYMENT_LAST4)));
  }

  @Test
  void aPermitWritesOneReleaseEntryItsOutcomeASecondAndTheChainVerifies() {
    Release release =
        disclosures.authorize(verify(customer, cardProvider, Set.of(PAYMENT_TOKEN), "req-1"));

    assertTrue(release.permitted(), release.toString());
    assertEquals(Set.of(PAYMENT_TOKEN), release.fields());
    assertNull(release.reasonCode());
    Map<String, Object> row = db.single(ROWS_OF, customer, signedUp);
    assertEquals(release.releaseId(), row.get("id"));
    assertEquals("RELEASE", row.get("entry_type"));
    assertEquals(signedUp + 1, ((Number) row.get("seq_no")).longValue());
    assertEquals(cardProvider, row.get("recipient_id"));
    assertEquals("Test card", row.get("recipient_name"));
    assertEquals("VERIFY_PAYMENT_METHOD", row.get("purpose"));
    assertEquals("SERVICE_NECESSITY", row.get("legal_basis"));
    assertEquals("paymentMethod.token", row.get("field_names"), "exactly the fields permitted");
    assertEquals("PAYMENT", row.get("data_categories"));
    assertEquals("req-1", row.get("request_id"));
    assertTrue(ledger.verify(customer).intact());

    disclosures.recordOutcome(release.releaseId(), ReleaseOutcome.SUCCEEDED, "tokenised");

    List<Map<String, Object>> rows = db.query(ROWS_OF, customer, signedUp);
    assertEquals(2, rows.size());
    assertEquals("OUTCOME", rows.get(1).get("entry_type"));
    assertEquals(release.releaseId(), rows.get(1).get("release_id"));
    assertEquals("SUCCEEDED", rows.get(1).get("outcome"));
    assertEquals("tokenised", rows.get(1).get("outcome_detail"));
    assertEquals(rows.get(0).get("entry_hash"), rows.get(1).get("previous_hash"));
    LedgerVerificationView verification = ledger.verify(customer);
    assertTrue(verification.intact(), verification.toString());
    assertEquals(signedUp + 2, verification.entries());
  }

  @Test
  void valuesOfAPermitAreExactlyThePermittedFieldsFromGenVoicesData() {
    Release release =
        disclosures.authorize(
            verify(customer, cardProvider, Set.of(PAYMENT_TOKEN, PAYMENT_LAST4), null));

    Map<DisclosableField, String> values = disclosures.valuesOf(release);

    assertEquals(Set.of(PAYMENT_TOKEN, PAYMENT_LAST4), values.keySet());
    assertTrue(values.get(PAYMENT_TOKEN).startsWith("tok_test_"), values.toString());
    assertEquals("1111", values.get(PAYMENT_LAST4));
    Release forged =
        new Release(
            release.releaseId(),
            release.subjectId(),
            cardProvider,
            Purpose.VERIFY_PAYMENT_METHOD,
            true,
            Set.of(CUSTOMER_EMAIL),
            null,
            null);
    assertEquals(
        Set.of(PAYMENT_TOKEN, PAYMENT_LAST4),
        disclosures.valuesOf(forged).keySet(),
        "the ledger's fields count, not what the caller claims");
    Release denied = disclosures.authorize(sale(customer, cardProvider));
    assertThrows(InvalidInputException.class, () -> disclosures.valuesOf(denied));
  }

  @Test
  void anAnswerFromGenVoicesDataIsOneReleaseEntryCarryingItsOutcomeAndExactlyItsValues() {
    Disclosures.Answer answer =
        disclosures.answer(
            verify(customer, cardProvider, Set.of(PAYMENT_TOKEN, PAYMENT_LAST4), "req-answer"),
            "REST");

    assertTrue(answer.release().permitted());
    assertEquals(Set.of(PAYMENT_TOKEN, PAYMENT_LAST4), answer.values().keySet());
    assertEquals("1111", answer.values().get(PAYMENT_LAST4));
    Map<String, Object> row = db.single(ROWS_OF, customer, signedUp);
    assertEquals(answer.release().releaseId(), row.get("id"));
    assertEquals("RELEASE", row.get("entry_type"));
    assertEquals("SUCCEEDED", row.get("outcome"));
    assertEquals("Answered 2 of 2 permitted fields via REST", row.get("outcome_detail"));
    assertEquals("paymentMethod.token,paymentMethod.last4", row.get("field_names"));
    assertTrue(ledger.verify(customer).intact(), "the outcome is inside the entry's hash");
    assertEquals(
        "SUCCEEDED",
        ledger.disclosuresOf(customer).get(0).outcome(),
        "the customer sees how the answer ended");

    Disclosures.Answer denied = disclosures.answer(sale(customer, cardProvider), "REST");
    assertFalse(denied.release().permitted());
    assertEquals(Map.of(), denied.values(), "a denial answers nothing");
    assertEquals("DENIAL", db.query(ROWS_OF, customer, signedUp).get(1).get("entry_type"));
    assertNull(db.query(ROWS_OF, customer, signedUp).get(1).get("outcome"));
  }

  @Test
  void aDenialWritesOneDenialEntryWithTheFieldsAskedFor() {
    Release release = disclosures.authorize(sale(customer, cardProvider));

    assertFalse(release.permitted());
    assertEquals(Set.of(), release.fields());
    assertEquals("sale-never-permitted", release.reasonCode());
    Map<String, Object> row = db.single(ROWS_OF, customer, signedUp);
    assertEquals(release.releaseId(), row.get("id"));
    assertEquals("DENIAL", row.get("entry_type"));
    assertEquals("sale-never-permitted", row.get("reason_code"));
    assertEquals("customer.name", row.get("field_names"));
    assertTrue(ledger.verify(customer).intact());
    assertThrows(
        InvalidInputException.class,
        () -> disclosures.recordOutcome(release.releaseId(), ReleaseOutcome.SUCCEEDED, null),
        "a denial has no outcome");
    assertEquals(
        signedUp + 1,
        db.count("SELECT COUNT(*) FROM disclosure_ledger_entry WHERE subject_id = ?", customer));
  }

  @Test
  void everyDenialReasonIsRecordedWithItsCode() {
    String court =
        registry.register(
            "court",
            RecipientKind.COURT_OR_LAW_ENFORCEMENT,
            Map.of(Purpose.COMPLY_WITH_LAW, Set.of(CUSTOMER_NAME)));
    String agency =
        registry.register(
            "agency",
            RecipientKind.CREDIT_AGENCY,
            Map.of(Purpose.CREDIT_INQUIRY, Set.of(CUSTOMER_NAME)));
    long sequence = signedUp;
    for (DenialReason reason : DenialReason.values()) {
      ReleaseCommand command =
          switch (reason) {
            case SALE_NEVER_PERMITTED -> sale(customer, cardProvider);
            case INTERNAL_ONLY_DATA -> verify(customer, cardProvider, Set.of(SURVEY_ANSWERS), null);
            case UNKNOWN_RECIPIENT ->
                verify(customer, "nobody-registered", Set.of(PAYMENT_TOKEN), null);
            case PURPOSE_NOT_ALLOWED_FOR_KIND ->
                command(
                    customer, cardProvider, Purpose.CREDIT_INQUIRY, LegalBasis.SERVICE_NECESSITY);
            case PURPOSE_NOT_REGISTERED ->
                command(
                    customer, cardProvider, Purpose.PROCESS_PAYMENT, LegalBasis.SERVICE_NECESSITY);
            case NO_FIELDS_REQUESTED -> verify(customer, cardProvider, Set.of(), null);
            case FIELD_NOT_ALLOWED -> verify(customer, cardProvider, Set.of(CUSTOMER_EMAIL), null);
            case BASIS_NOT_VALID_FOR_PURPOSE ->
                command(
                    customer,
                    cardProvider,
                    Purpose.VERIFY_PAYMENT_METHOD,
                    LegalBasis.LEGAL_OBLIGATION);
            case REFERENCE_MISSING ->
                command(
                    customer,
                    cardProvider,
                    Purpose.VERIFY_PAYMENT_METHOD,
                    LegalBasis.FRAUD_PROTECTION);
            case ISSUING_AUTHORITY_MISSING ->
                new ReleaseCommand(
                    customer,
                    court,
                    Purpose.COMPLY_WITH_LAW,
                    LegalBasis.LEGAL_OBLIGATION,
                    Set.of(CUSTOMER_NAME),
                    "Case 2026-17",
                    null,
                    null);
            case CONSENT_MISSING ->
                command(customer, cardProvider, Purpose.VERIFY_PAYMENT_METHOD, LegalBasis.CONSENT);
            case NO_OPEN_CREDIT_APPLICATION ->
                new ReleaseCommand(
                    customer,
                    agency,
                    Purpose.CREDIT_INQUIRY,
                    LegalBasis.SERVICE_NECESSITY,
                    Set.of(CUSTOMER_NAME),
                    null,
                    null,
                    null);
          };
      Release release = disclosures.authorize(command);
      sequence++;

      assertFalse(release.permitted(), reason + ": " + release);
      assertEquals(reason.code(), release.reasonCode());
      Map<String, Object> row =
          db.single(
              "SELECT * FROM disclosure_ledger_entry WHERE subject_id = ? AND seq_no = ?",
              customer,
              sequence);
      assertEquals("DENIAL", row.get("entry_type"), reason.code());
      assertEquals(reason.code(), row.get("reason_code"));
      assertEquals(release.releaseId(), row.get("id"));
    }
    LedgerVerificationView verification = ledger.verify(customer);
    assertTrue(verification.intact(), verification.toString());
    assertEquals(DenialReason.values().length + signedUp, verification.entries());
  }

  @Test
  void malformedCommandsAreRefusedAndWriteNothing() {
    long before = db.countAll("disclosure_ledger_entry");
    List<ReleaseCommand> bad =
        java.util.Arrays.asList(
            null,
            new ReleaseCommand(
                null,
                cardProvider,
                Purpose.VERIFY_PAYMENT_METHOD,
                LegalBasis.SERVICE_NECESSITY,
                Set.of(PAYMENT_TOKEN),
                null,
                null,
                null),
            new ReleaseCommand(
                customer,
                " ",
                Purpose.VERIFY_PAYMENT_METHOD,
                LegalBasis.SERVICE_NECESSITY,
                Set.of(PAYMENT_TOKEN),
                null,
                null,
                null),
            new ReleaseCommand(
                customer,
                cardProvider,
                null,
                LegalBasis.SERVICE_NECESSITY,
                Set.of(PAYMENT_TOKEN),
                null,
                null,
                null),
            new ReleaseCommand(
                customer,
                cardProvider,
                Purpose.VERIFY_PAYMENT_METHOD,
                null,
                Set.of(PAYMENT_TOKEN),
                null,
                null,
                null),
            new ReleaseCommand(
                customer,
                cardProvider,
                Purpose.VERIFY_PAYMENT_METHOD,
                LegalBasis.SERVICE_NECESSITY,
                null,
                null,
                null,
                null),
            new ReleaseCommand(
                customer,
                cardProvider,
                Purpose.VERIFY_PAYMENT_METHOD,
                LegalBasis.FRAUD_PROTECTION,
                Set.of(PAYMENT_TOKEN),
                "x".repeat(201),
                null,
                null));
    for (ReleaseCommand command : bad) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> disclosures.authorize(command));
      assertFalse(refused.fieldErrors().isEmpty(), String.valueOf(command));
    }
    InvalidInputException unknownField =
        assertThrows(
            InvalidInputException.class,
            () -> ReleaseCommand.fieldsNamed(List.of("customer.name", "customer.shoeSize")));
    assertEquals("Unknown field: customer.shoeSize", unknownField.fieldErrors().get("fields"));
    assertEquals(Set.of(CUSTOMER_NAME), ReleaseCommand.fieldsNamed(List.of("customer.name")));
    assertThrows(
        InvalidInputException.class,
        () -> disclosures.recordOutcome("no-such-release", ReleaseOutcome.FAILED, "timeout"));
    assertEquals(before, db.countAll("disclosure_ledger_entry"), "nothing written");
    assertEquals(
        signedUp,
        db.count("SELECT last_seq FROM ledger_head WHERE subject_id = ?", customer),
        "the chain's head is where the sign-up left it");
  }

  @Test
  void theRecordSurvivesTheCallersRollbackAndNeedsNoCommittedCustomer() {
    String beingSignedUp = UUID.randomUUID().toString();

    Release release =
        rollingBack.authorizeThenRollBack(
            verify(beingSignedUp, cardProvider, Set.of(PAYMENT_TOKEN), null));

    assertTrue(release.permitted());
    Map<String, Object> row = db.single(ROWS_OF, beingSignedUp, 0);
    assertEquals(release.releaseId(), row.get("id"));
    assertTrue(ledger.verify(beingSignedUp).intact());
  }

  @Test
  void aRegistryChangeTakesEffectAtTheNextDecision() {
    assertEquals(
        "field-not-allowed",
        disclosures
            .authorize(verify(customer, cardProvider, Set.of(CUSTOMER_ADDRESS), null))
            .reasonCode());
    registry.allow(cardProvider, Purpose.VERIFY_PAYMENT_METHOD, CUSTOMER_ADDRESS);
    assertTrue(
        disclosures
            .authorize(verify(customer, cardProvider, Set.of(CUSTOMER_ADDRESS), null))
            .permitted());

    registry.deactivate(cardProvider);

    assertEquals(
        "unknown-recipient",
        disclosures
            .authorize(verify(customer, cardProvider, Set.of(PAYMENT_TOKEN), null))
            .reasonCode());
  }

  static ReleaseCommand verify(
      String subject, String recipient, Set<DisclosableField> fields, String requestId) {
    return new ReleaseCommand(
        subject,
        recipient,
        Purpose.VERIFY_PAYMENT_METHOD,
        LegalBasis.SERVICE_NECESSITY,
        fields,
        null,
        null,
        requestId);
  }

  static ReleaseCommand sale(String subject, String recipient) {
    return new ReleaseCommand(
        subject,
        recipient,
        Purpose.SALE,
        LegalBasis.CONSENT,
        Set.of(CUSTOMER_NAME),
        null,
        null,
        null);
  }

  static ReleaseCommand command(
      String subject, String recipient, Purpose purpose, LegalBasis basis) {
    return new ReleaseCommand(
        subject, recipient, purpose, basis, Set.of(PAYMENT_TOKEN), null, null, null);
  }
}
