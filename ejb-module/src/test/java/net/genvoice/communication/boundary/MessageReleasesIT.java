package net.genvoice.communication.boundary;

import static net.genvoice.communication.boundary.MarketingCustomers.awaitCompleted;
import static net.genvoice.communication.boundary.MarketingCustomers.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.genvoice.communication.control.CallOrder;
import net.genvoice.communication.control.EmailOrder;
import net.genvoice.communication.control.LetterOrder;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.boundary.WithdrawalCommand;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.boundary.CustomerView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.RecordingMessaging;
import net.genvoice.testing.RegistryRows;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P12, P13, P23: every message reaches its provider only through the policy gate: the release is
 * decided over the seeded registry (V75), recorded in the customer's ledger with exactly the
 * provider's fields, the order carries only those, and the outcome follows. A provider the registry
 * no longer holds gets nothing, and the message is logged as not sent with the engine's reason.
 */
@ExtendWith(ArquillianExtension.class)
class MessageReleasesIT {

  private static final String STAFF = "staff-marketing-1";
  private static final String LEDGER =
      "SELECT id, entry_type, purpose, legal_basis, field_names, request_id, release_id,"
          + " reason_code, outcome, recipient_name FROM disclosure_ledger_entry"
          + " WHERE subject_id = ? AND recipient_id = ? ORDER BY seq_no";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "message-releases-it",
        SignUps.class,
        DatabaseRows.class,
        RegistryRows.class,
        MarketingCustomers.class);
  }

  @EJB Campaigns campaigns;
  @EJB Messages messages;
  @EJB NationalRegistryImports nationalRegistry;
  @EJB Customers customers;
  @EJB Consents consents;
  @EJB Database database;
  @Inject RecordingMessaging providers;

  DatabaseRows db;
  RegistryRows registry;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    registry = new RegistryRows(db);
  }

  @Test
  void aCampaignCallIsOneReleaseOfTheNumberOnlyToTheDialersRegistryEntry() throws Exception {
    CustomerView reached = customers.signUp(MarketingCustomers.withPhone(uniquePhone()));
    CustomerView optedOut = customers.signUp(MarketingCustomers.withPhone(uniquePhone()));
    consents.withdraw(
        optedOut.id(),
        new WithdrawalCommand(ConsentPurpose.MARKETING_TELEMARKETING.code(), null, null, null),
        null);
    CampaignView campaign = telemarketing();

    campaigns.run(STAFF, campaign.id());
    awaitCompleted(campaigns, campaign.id());

    String messageId = messageOf(campaign.id(), reached.id()).get("id").toString();
    List<Map<String, Object>> ledger = ledgerOf(reached.id(), RecordingMessaging.DIALER);
    assertEquals(List.of("RELEASE", "OUTCOME"), types(ledger), ledger.toString());
    Map<String, Object> release = ledger.get(0);
    assertEquals("customer.phone", release.get("field_names"), "P23: the number, nothing else");
    assertEquals(Purpose.OPERATE_SERVICE.name(), release.get("purpose"));
    assertEquals("SERVICE_NECESSITY", release.get("legal_basis"));
    assertEquals(messageId, release.get("request_id"), "one release per message");
    assertTrue(release.get("recipient_name").toString().startsWith("Telemarketing dialer"));
    assertEquals("SUCCEEDED", ledger.get(1).get("outcome"));
    assertEquals(release.get("id"), ledger.get(1).get("release_id"));
    CallOrder call = providers.callsTo(reached.phone()).get(0);
    assertEquals(Set.of(DisclosableField.CUSTOMER_PHONE), call.callee().fields());
    assertEquals(release.get("id"), call.callee().releaseId());
    assertEquals(
        List.of(),
        ledgerOf(optedOut.id(), RecordingMessaging.DIALER),
        "P12: consent is checked first; a suppressed message asks for no release");
  }

  @Test
  void aLetterAndAnEmailReleaseTheNameWithTheAddressOrTheEmailOnly() {
    CustomerView customer = customers.signUp(MarketingCustomers.withPhone(uniquePhone()));

    MessageView letter = transactional("direct-mail", customer);
    MessageView email = transactional("email", customer);

    assertEquals("SENT", letter.status());
    assertEquals("SENT", email.status());
    List<Map<String, Object>> posted = ledgerOf(customer.id(), RecordingMessaging.MAIL_HOUSE);
    assertEquals(List.of("RELEASE", "OUTCOME"), types(posted), posted.toString());
    assertEquals("customer.name,customer.address", posted.get(0).get("field_names"));
    assertEquals(letter.id(), posted.get(0).get("request_id"));
    List<Map<String, Object>> mailed = ledgerOf(customer.id(), RecordingMessaging.EMAIL_SERVICE);
    assertEquals(List.of("RELEASE", "OUTCOME"), types(mailed), mailed.toString());
    assertEquals("customer.name,customer.email", mailed.get(0).get("field_names"));
    LetterOrder order = providers.lettersTo(customer.address().line1()).get(0);
    assertEquals(
        customer.address().line1() + ", Arlington, VA 22201, US",
        order.address(),
        "the address as GenVoice holds it, on one line");
    assertEquals(
        Set.of(DisclosableField.CUSTOMER_NAME, DisclosableField.CUSTOMER_ADDRESS),
        order.addressee().fields());
    EmailOrder sent = providers.emailsTo(customer.email()).get(0);
    assertEquals(
        Set.of(DisclosableField.CUSTOMER_NAME, DisclosableField.CUSTOMER_EMAIL),
        sent.recipient().fields());
  }

  @Test
  void aDeactivatedDialerGetsNothingAndEachMessageIsLoggedWithTheReason() throws Exception {
    CustomerView customer = customers.signUp(MarketingCustomers.withPhone(uniquePhone()));
    CampaignView campaign = telemarketing();
    registry.deactivate(RecordingMessaging.DIALER);
    try {
      campaigns.run(STAFF, campaign.id());
      awaitCompleted(campaigns, campaign.id());
    } finally {
      registry.activate(RecordingMessaging.DIALER);
    }

    Map<String, Object> message = messageOf(campaign.id(), customer.id());
    assertEquals("SUPPRESSED", message.get("status"));
    assertEquals("release-denied:unknown-recipient", message.get("reason"));
    assertEquals(List.of(), providers.callsTo(customer.phone()), "nothing reached the dialer");
    List<Map<String, Object>> ledger = ledgerOf(customer.id(), RecordingMessaging.DIALER);
    assertEquals(List.of("DENIAL"), types(ledger), "nothing released: " + ledger);
    assertEquals("unknown-recipient", ledger.get(0).get("reason_code"));
    assertEquals(message.get("id"), ledger.get(0).get("request_id"));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM customer_message WHERE campaign_id = ? AND status = 'SENT'",
            campaign.id()),
        "no customer was called");
  }

  @Test
  void aTransactionalMessageWhoseReleaseIsDeniedIsNotSentAndSaysWhy() {
    CustomerView customer = customers.signUp(MarketingCustomers.withPhone(uniquePhone()));
    registry.deactivate(RecordingMessaging.EMAIL_SERVICE);
    MessageView email;
    try {
      email = transactional("email", customer);
    } finally {
      registry.activate(RecordingMessaging.EMAIL_SERVICE);
    }
    registry.disallow(
        RecordingMessaging.MAIL_HOUSE, Purpose.OPERATE_SERVICE, DisclosableField.CUSTOMER_NAME);
    MessageView letter;
    try {
      letter = transactional("direct-mail", customer);
    } finally {
      registry.allow(
          RecordingMessaging.MAIL_HOUSE, Purpose.OPERATE_SERVICE, DisclosableField.CUSTOMER_NAME);
    }

    assertEquals("SUPPRESSED", email.status());
    assertEquals("release-denied:unknown-recipient", email.reason());
    assertEquals("SUPPRESSED", letter.status());
    assertEquals("release-denied:field-not-allowed", letter.reason());
    assertEquals(List.of(), providers.emailsTo(customer.email()));
    assertEquals(List.of(), providers.lettersTo(customer.address().line1()));
    assertEquals(
        List.of("DENIAL"), types(ledgerOf(customer.id(), RecordingMessaging.EMAIL_SERVICE)));
    assertEquals(List.of("DENIAL"), types(ledgerOf(customer.id(), RecordingMessaging.MAIL_HOUSE)));
    assertEquals(
        List.of("release-denied:field-not-allowed", "release-denied:unknown-recipient"),
        messages.log(customer.id()).stream().map(MessageView::reason).sorted().toList(),
        "both in the customer's own log");
  }

  /** A telemarketing campaign, runnable: today's national registry is imported first. */
  private CampaignView telemarketing() {
    nationalRegistry.importFile(
        STAFF,
        LocalDate.now(ZoneOffset.UTC).toString(),
        MarketingCustomers.csv("phone_number\n" + uniquePhone() + "\n"));
    return campaigns.create(
        STAFF,
        new CampaignCommand("Release calls", "telemarketing", "International plan", "Hello, ..."));
  }

  private MessageView transactional(String channel, CustomerView customer) {
    return messages.sendTransactional(
        customer.id(),
        new TransactionalMessageCommand("service-notice", channel, "Maintenance", "Tonight."));
  }

  private Map<String, Object> messageOf(String campaignId, String customerId) {
    return db.single(
        "SELECT id, status, reason FROM customer_message WHERE campaign_id = ? AND customer_id = ?",
        campaignId,
        customerId);
  }

  private List<Map<String, Object>> ledgerOf(String customerId, String recipientId) {
    return db.query(LEDGER, customerId, recipientId);
  }

  private static List<Object> types(List<Map<String, Object>> ledger) {
    return ledger.stream().map(row -> row.get("entry_type")).toList();
  }
}
