package net.genvoice.consent.boundary;

import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.genvoice.consent.control.ConsentStateRows;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.boundary.CustomerSummaryView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.customer.boundary.SignUpCommand;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.staff.boundary.StaffMembers;
import net.genvoice.staff.entity.StaffRole;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P12, P17, P24: consent records against the real schema, checked with plain JDBC: every change is
 * a new row, earlier rows never change, and a refused request writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentsIT {

  private static final String VERSION = ConsentPurpose.TEXT_VERSION;
  private static final String ROWS_OF = "SELECT * FROM consent_event WHERE subject_id = ?";
  private static final String STATE_OF = "SELECT * FROM consent_state WHERE subject_id = ?";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("consents-it", SignUps.class, DatabaseRows.class);
  }

  @EJB Consents consents;
  @EJB Customers customers;
  @EJB StaffMembers staff;
  @EJB Database database;

  DatabaseRows db;
  String customer;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    customer = customers.signUp(SignUps.withVisa(uniqueEmail("Consent"))).id();
  }

  @Test
  void grantThenWithdrawAppendsTwoEventsAndFlipsTheStateAtOnce() {
    ConsentEventView granted = consents.grant(customer, email(null), "203.0.113.77");
    assertTrue(state("marketing.email").granted());
    List<Map<String, Object>> afterGrant = db.query(ROWS_OF, customer);

    ConsentEventView withdrawn =
        consents.withdraw(
            customer,
            new WithdrawalCommand("marketing.email", null, null, null),
            "2001:db8:1:2::9");

    assertFalse(state("marketing.email").granted(), "P12: effective at once");
    assertEquals(withdrawn.id(), state("marketing.email").eventId());
    List<Map<String, Object>> rows = db.query(ROWS_OF + " ORDER BY seq_no", customer);
    assertEquals(2, rows.size(), "append-only: one row per event");
    assertEquals(afterGrant.get(0), rows.get(0), "the grant's row is unchanged");
    Map<String, Object> grant = rows.get(0);
    assertEquals(granted.id(), grant.get("id"));
    assertEquals(1L, ((Number) grant.get("seq_no")).longValue());
    assertEquals(2L, ((Number) rows.get(1).get("seq_no")).longValue());
    assertEquals("MARKETING_EMAIL", grant.get("purpose"));
    assertEquals(Boolean.TRUE, grant.get("granted"));
    assertEquals("WEB", grant.get("channel"));
    assertEquals("203.0.113.0", grant.get("source_ip"), "IPv4 kept to its /24");
    assertEquals(VERSION, grant.get("text_version"));
    assertEquals(ConsentPurpose.MARKETING_EMAIL.text(), grant.get("text_shown"));
    assertNull(grant.get("captured_by"));
    assertEquals("2001:db8:1::", rows.get(1).get("source_ip"), "IPv6 kept to its /48");
    assertEquals(Boolean.FALSE, rows.get(1).get("granted"));
    assertEquals(
        List.of(granted.id(), withdrawn.id()),
        consents.history(customer).stream().map(ConsentEventView::id).toList());
  }

  @Test
  void telemarketingHoldsByDefaultUntilTheCustomerOptsOut() {
    ConsentView before = state("marketing.telemarketing");
    assertTrue(before.granted());
    assertTrue(before.byDefault());
    assertTrue(
        consents.hasCurrentConsent(customer, null, ConsentPurpose.MARKETING_TELEMARKETING, null));

    consents.withdraw(
        customer, new WithdrawalCommand("marketing.telemarketing", null, null, null), null);

    assertFalse(
        consents.hasCurrentConsent(customer, null, ConsentPurpose.MARKETING_TELEMARKETING, null));
    assertFalse(state("marketing.telemarketing").byDefault());
    assertEquals(ConsentPurpose.values().length - 1, consents.currentState(customer).size());
  }

  @Test
  void aDisclosureConsentHoldsOnlyForItsRecipientAndScope() {
    consents.grant(
        customer,
        new ConsentCommand(
            "disclosure", "acme-credit", "credit check", List.of("IDENTITY"), VERSION, customer),
        null);

    assertTrue(
        consents.hasCurrentConsent(
            customer, "acme-credit", ConsentPurpose.DISCLOSURE, "credit check"));
    assertFalse(
        consents.hasCurrentConsent(customer, "acme-credit", ConsentPurpose.DISCLOSURE, "resale"));
    assertFalse(
        consents.hasCurrentConsent(customer, "globex", ConsentPurpose.DISCLOSURE, "credit check"));
    assertFalse(
        consents.hasCurrentConsent(
            "no-such-customer", "acme-credit", ConsentPurpose.DISCLOSURE, "credit check"));
    ConsentView view =
        consents.currentState(customer).stream()
            .filter(v -> v.purpose().equals("disclosure"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("IDENTITY"), view.data());
    assertTrue(
        ((String) db.single(ROWS_OF, customer).get("text_shown"))
            .contains("Recipient: acme-credit"));
  }

  @Test
  void theReceiptCarriesTheKantaraFields() {
    ConsentEventView event =
        consents.grant(
            customer,
            new ConsentCommand("third-party.marketing", null, null, null, VERSION, null),
            null);

    ConsentReceipt receipt = consents.receipt(customer, event.id());

    assertEquals("KI-CR-v1.1.0", receipt.version());
    assertEquals(event.id(), receipt.consentReceiptID());
    assertEquals(customer, receipt.piiPrincipalId());
    assertEquals(event.recordedAt().getEpochSecond(), receipt.consentTimestamp());
    assertEquals("en", receipt.language());
    assertEquals("GIVEN", receipt.consentState());
    ConsentReceipt.PiiController controller = receipt.piiControllers().get(0);
    assertEquals("support@genvoice.net", controller.email());
    assertEquals("GenVoice", controller.piiController());
    assertFalse(controller.onBehalf());
    assertEquals("https://genvoice.net", controller.piiControllerUrl());
    // Kantara v1.1: the controller's address is a schema.org PostalAddress
    assertEquals("US", controller.address().addressCountry());
    assertEquals("San Francisco", controller.address().addressLocality());
    assertTrue(controller.address().streetAddress().contains("Market Street"));
    assertEquals("94105", controller.address().postalCode());
    assertEquals("https://genvoice.net/privacy.xhtml", receipt.policyUrl());
    assertEquals("US", receipt.jurisdiction());
    ConsentReceipt.Purpose purpose = receipt.services().get(0).purposes().get(0);
    assertEquals("EXPLICIT", purpose.consentType());
    assertTrue(purpose.thirdPartyDisclosure(), "P24");
    assertEquals(List.of("IDENTITY", "CONTACT"), purpose.piiCategory());
    assertTrue(receipt.collectionMethod().startsWith("Web"));

    String stranger = customers.signUp(SignUps.withVisa(uniqueEmail("Stranger"))).id();
    assertThrows(CustomerNotFoundException.class, () -> consents.receipt(stranger, event.id()));
  }

  @Test
  void aSupportAgentRecordsVerbalAndWrittenConsentWithTheirEvidence() {
    String agent = staffMember(StaffRole.SUPPORT_AGENT);

    ConsentEventView verbal = consents.recordVerbal(agent, captured(true, "CALL-2026-0042", null));
    ConsentEventView written =
        consents.recordWritten(agent, captured(false, null, "DOC-7/signed-form.pdf"));

    assertEquals("VERBAL", verbal.channel());
    assertEquals("WRITTEN", written.channel());
    Map<String, Object> verbalRow =
        db.single("SELECT * FROM consent_event WHERE id = ?", verbal.id());
    assertEquals(agent, verbalRow.get("captured_by"));
    assertEquals("CALL-2026-0042", verbalRow.get("call_reference"));
    assertNull(verbalRow.get("source_ip"));
    Map<String, Object> writtenRow =
        db.single("SELECT * FROM consent_event WHERE id = ?", written.id());
    assertEquals("DOC-7/signed-form.pdf", writtenRow.get("document_reference"));
    assertFalse(state("marketing.direct-mail").granted(), "the written withdrawal is the latest");
    assertTrue(
        consents.receipt(customer, verbal.id()).collectionMethod().contains("CALL-2026-0042"));
  }

  @Test
  void aCompanyDirectoryAgentRecordsAConsentUnderTheirDirectoryName() {
    assertRefused(
        () -> consents.recordVerbal("directory:", captured(true, "CALL-2", null)), "capturedBy");
    // production staff come from the company directory and have no row in staff_member
    ConsentEventView verbal =
        consents.recordVerbal("directory:jdoe", captured(true, "CALL-2026-0077", null));

    Map<String, Object> row = db.single("SELECT * FROM consent_event WHERE id = ?", verbal.id());
    assertEquals("directory:jdoe", row.get("captured_by"));
    assertEquals("VERBAL", row.get("channel"));
  }

  @Test
  void badCapturesWriteNothing() {
    String agent = staffMember(StaffRole.SUPPORT_AGENT);
    String marketer = staffMember(StaffRole.MARKETING);

    assertRefused(() -> consents.recordVerbal(agent, captured(true, null, null)), "callReference");
    assertRefused(
        () -> consents.recordWritten(agent, captured(true, null, " ")), "documentReference");
    assertRefused(
        () -> consents.recordVerbal(marketer, captured(true, "CALL-1", null)), "capturedBy");
    assertRefused(
        () ->
            consents.recordVerbal(
                agent,
                new CapturedConsentCommand(
                    UUID.randomUUID().toString(),
                    "marketing.email",
                    null,
                    null,
                    null,
                    true,
                    VERSION,
                    "CALL-1",
                    null)),
        "customerId");
  }

  @Test
  void badWebRequestsWriteNothing() {
    String other = customers.signUp(SignUps.withVisa(uniqueEmail("Other"))).id();

    assertRefused(
        () -> consents.grant(customer, command("marketing.fax", null, null), null), "purpose");
    assertRefused(
        () -> consents.grant(customer, command("disclosure", null, null), null),
        "recipient",
        "scope",
        "data");
    assertRefused(() -> consents.grant(customer, email(other), null), "subject");
    assertRefused(
        () ->
            consents.grant(
                customer,
                new ConsentCommand("marketing.email", null, null, null, "2020-01-01", null),
                null),
        "textVersion");
    assertRefused(
        () ->
            consents.withdraw(
                customer, new WithdrawalCommand("marketing.email", null, null, other), null),
        "subject");
    assertEquals(0, db.count("SELECT COUNT(*) FROM consent_event WHERE subject_id = ?", other));
  }

  @Test
  void everyAppendSetsThePurposesCurrentStateRowAsTheHistoryDerivesIt() {
    String agent = staffMember(StaffRole.SUPPORT_AGENT);
    consents.grant(customer, email(null), null);
    consents.withdraw(customer, new WithdrawalCommand("marketing.email", null, null, null), null);
    consents.withdraw(
        customer, new WithdrawalCommand("marketing.telemarketing", null, null, null), null);
    consents.recordVerbal(agent, captured(false, "CALL-" + UUID.randomUUID(), null));
    consents.recordVerbal(agent, captured(true, "CALL-" + UUID.randomUUID(), null));
    consents.grant(
        customer,
        new ConsentCommand(
            "disclosure", "acme-credit", "credit check", List.of("IDENTITY"), VERSION, customer),
        null);

    Map<Object, List<Object>> rows =
        db.query(STATE_OF, customer).stream()
            .collect(
                Collectors.toMap(
                    row -> row.get("purpose"),
                    row -> List.of(((Number) row.get("seq_no")).longValue(), row.get("granted"))));
    assertEquals(
        Map.of(
            "MARKETING_EMAIL", List.of(2L, Boolean.FALSE),
            "MARKETING_TELEMARKETING", List.of(3L, Boolean.FALSE),
            "MARKETING_DIRECT_MAIL", List.of(5L, Boolean.TRUE)),
        rows,
        "one row per purpose, its latest event; none for a disclosure");
    for (ConsentPurpose purpose :
        List.of(
            ConsentPurpose.MARKETING_EMAIL,
            ConsentPurpose.MARKETING_TELEMARKETING,
            ConsentPurpose.MARKETING_DIRECT_MAIL)) {
      assertEquals(
          consents.hasCurrentConsent(customer, null, purpose, null),
          rows.get(purpose.name()).get(1),
          "the row says what the history says: " + purpose);
    }
    assertEquals(6, db.count("SELECT COUNT(*) FROM consent_event WHERE subject_id = ?", customer));
    assertEquals(
        0, db.count(ConsentStateRows.DISAGREEMENTS), "the table is what the history derives");
  }

  @Test
  void theCatalogueTellsClientsTheTextToShowAndItsVersion() {
    List<ConsentPurposeView> catalogue = consents.catalogue();

    assertEquals(ConsentPurpose.values().length, catalogue.size());
    ConsentPurposeView email =
        catalogue.stream()
            .filter(p -> p.code().equals("marketing.email"))
            .findFirst()
            .orElseThrow();
    assertEquals(ConsentPurpose.MARKETING_EMAIL.text(), email.text());
    assertEquals(VERSION, email.textVersion());
    assertFalse(email.optOut());
    // the version a client learns here is the one a grant must name
    consents.grant(
        customer,
        new ConsentCommand(email.code(), null, null, null, email.textVersion(), null),
        null);
    assertTrue(state("marketing.email").granted());
  }

  @Test
  void aSupportAgentFindsTheCustomerOnTheLineByEmailOrPhone() {
    String phone = "+44 20 7946 0" + (100 + new Random().nextInt(900));
    String email = uniqueEmail("Caller");
    String caller =
        customers
            .signUp(
                new SignUpCommand(
                    "Grace Hopper",
                    email,
                    phone,
                    SignUps.PASSWORD,
                    SignUps.address(),
                    SignUps.card(SignUps.VISA, "987")))
            .id();

    assertEquals(List.of(caller), ids(customers.lookUp(" " + email.toUpperCase() + " ", null)));
    assertEquals(List.of(caller), ids(customers.lookUp(null, phone.replace(" ", ""))));
    assertEquals(
        "Grace Hopper", customers.lookUp(email, null).get(0).name(), "enough to tell it is them");
    assertEquals(List.of(), customers.lookUp(uniqueEmail("Nobody"), null));

    var seat = customers.addSeat(caller, SignUps.seat(uniqueEmail("Seat")));
    assertEquals(1, customers.lookUp(seat.email(), null).size());
    customers.removeSeat(caller, seat.customerId());
    assertEquals(List.of(), customers.lookUp(seat.email(), null), "closed accounts are not found");
  }

  @Test
  void aLookUpNeedsExactlyOneValidEmailOrInternationalPhone() {
    assertEquals(
        Set.of("email", "phone"),
        assertThrows(InvalidInputException.class, () -> customers.lookUp(null, " "))
            .fieldErrors()
            .keySet());
    assertEquals(
        Set.of("email", "phone"),
        assertThrows(
                InvalidInputException.class,
                () -> customers.lookUp("a@example.com", "+14155550142"))
            .fieldErrors()
            .keySet());
    assertEquals(
        Set.of("email"),
        assertThrows(InvalidInputException.class, () -> customers.lookUp("not-an-email", null))
            .fieldErrors()
            .keySet());
    var national =
        assertThrows(InvalidInputException.class, () -> customers.lookUp(null, "4155550142"));
    assertTrue(national.fieldErrors().get("phone").contains("international"));
  }

  private static List<String> ids(List<CustomerSummaryView> found) {
    return found.stream().map(CustomerSummaryView::id).toList();
  }

  private void assertRefused(Runnable request, String... fields) {
    long before = db.countAll("consent_event");
    BusinessException refused = assertThrows(InvalidInputException.class, request::run);
    assertEquals(Set.of(fields), refused.fieldErrors().keySet());
    assertEquals(before, db.countAll("consent_event"), "nothing written");
    assertEquals(0, db.count("SELECT COUNT(*) FROM consent_event WHERE subject_id = ?", customer));
    assertEquals(0, db.count(STATE_OF.replace("*", "COUNT(*)"), customer), "no state either");
  }

  private ConsentView state(String purpose) {
    return consents.currentState(customer).stream()
        .filter(view -> view.purpose().equals(purpose))
        .findFirst()
        .orElseThrow();
  }

  private static ConsentCommand email(String subject) {
    return new ConsentCommand("marketing.email", null, null, null, VERSION, subject);
  }

  private static ConsentCommand command(String purpose, String recipient, String scope) {
    return new ConsentCommand(purpose, recipient, scope, null, VERSION, null);
  }

  private CapturedConsentCommand captured(boolean granted, String call, String document) {
    return new CapturedConsentCommand(
        customer, "marketing.direct-mail", null, null, null, granted, VERSION, call, document);
  }

  private String staffMember(StaffRole role) {
    String username = "agent" + UUID.randomUUID().toString().substring(0, 8);
    return staff.create(username, "Support Agent", "Quartz-Meadow-Lantern-71", Set.of(role)).id();
  }
}
