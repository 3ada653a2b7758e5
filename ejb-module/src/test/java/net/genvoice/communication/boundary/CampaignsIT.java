package net.genvoice.communication.boundary;

import static net.genvoice.communication.boundary.MarketingCustomers.awaitCompleted;
import static net.genvoice.communication.boundary.MarketingCustomers.csv;
import static net.genvoice.communication.boundary.MarketingCustomers.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.genvoice.communication.control.AudienceQuery;
import net.genvoice.communication.control.CallOrder;
import net.genvoice.communication.control.PhoneSuppressionRows;
import net.genvoice.communication.entity.Channel;
import net.genvoice.consent.boundary.ConsentCommand;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.boundary.WithdrawalCommand;
import net.genvoice.consent.control.ConsentStateRows;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.RecordingMessaging;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P12: campaigns against the real schema: the audience and its suppressions come from one SQL
 * statement, every message is logged per customer with its reason, and consent and the lists are
 * checked again at the moment of sending, so an opt-out during a run is honoured.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignsIT {

  private static final String STAFF = "staff-marketing-1";
  private static final String MESSAGES_OF =
      "SELECT customer_id, status, reason FROM customer_message WHERE campaign_id = ?";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "campaigns-it", SignUps.class, DatabaseRows.class, MarketingCustomers.class);
  }

  @EJB Campaigns campaigns;
  @EJB DoNotCallEntries doNotCall;
  @EJB NationalRegistryImports registry;
  @EJB Customers customers;
  @EJB Consents consents;
  @EJB Database database;
  @Inject RecordingMessaging providers;

  DatabaseRows db;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
  }

  @AfterEach
  void openTheProviders() {
    providers.release();
  }

  @Test
  void theAudienceLeavesOutOptOutsTheDoNotCallListAndTheRegistryAndLogsEachReason()
      throws Exception {
    String onDoNotCall = uniquePhone();
    String inRegistry = uniquePhone();
    String onBoth = uniquePhone();
    importRegistry(inRegistry, onBoth);
    CampaignView campaign = telemarketing();
    Map<String, Long> before = campaigns.preview(campaign.id()).suppressed();
    long audienceBefore = campaigns.preview(campaign.id()).audience();

    String reached = signUp(uniquePhone());
    String optedOut = signUp(uniquePhone());
    consents.withdraw(optedOut, withdrawal(ConsentPurpose.MARKETING_TELEMARKETING), null);
    String listed = signUp(onDoNotCall);
    doNotCall.add(STAFF, new DoNotCallCommand(onDoNotCall, "asked on the phone"));
    String registered = signUp(inRegistry);
    String both = signUp(onBoth);
    doNotCall.add(STAFF, new DoNotCallCommand(onBoth, null));

    CampaignPreviewView preview = campaigns.preview(campaign.id());
    assertEquals(audienceBefore + 1, preview.audience());
    assertEquals(
        before.get("consent-withdrawn") + 1, preview.suppressed().get("consent-withdrawn"));
    assertEquals(
        before.get("do-not-call") + 2,
        preview.suppressed().get("do-not-call"),
        "counted once, under the first reason");
    assertEquals(
        before.get("national-registry") + 1, preview.suppressed().get("national-registry"));
    assertTrue(preview.runnable());
    for (Channel channel : Channel.values()) {
      Instant now = Instant.now();
      assertEquals(
          count(AudienceQuery.everyone(channel, now), " WHERE x.reason IS NULL"),
          count(AudienceQuery.audience(channel, now), ""),
          "the audience statement and the reasons agree for " + channel);
      assertEquals(
          reasons(AudienceQuery.everyone(channel, now, AudienceQuery.Source.RECORDS)),
          reasons(AudienceQuery.everyone(channel, now)),
          "issue 3: the derived tables give every customer the reason the records give, "
              + channel);
      assertEquals(
          count(AudienceQuery.audience(channel, now, AudienceQuery.Source.RECORDS), ""),
          count(AudienceQuery.audience(channel, now), ""));
    }
    assertEquals(0, db.count(ConsentStateRows.DISAGREEMENTS), "consent_state = the history");
    assertEquals(0, db.count(PhoneSuppressionRows.DISAGREEMENTS), "phone_suppression = lists");

    campaigns.run(STAFF, campaign.id());
    awaitCompleted(campaigns, campaign.id());

    Map<String, List<Object>> log = messagesOf(campaign.id());
    assertEquals(List.of("SENT", "-"), log.get(reached));
    assertEquals(List.of("SUPPRESSED", "consent-withdrawn"), log.get(optedOut));
    assertEquals(List.of("SUPPRESSED", "do-not-call"), log.get(listed));
    assertEquals(List.of("SUPPRESSED", "national-registry"), log.get(registered));
    assertEquals(List.of("SUPPRESSED", "do-not-call"), log.get(both));
    assertEquals(1, providers.callsTo(customers.profile(reached).phone()).size());
    for (String never : List.of(onDoNotCall, inRegistry, onBoth)) {
      assertEquals(List.of(), providers.callsTo(never), "P12: never called " + never);
    }
    assertEquals(
        db.count("SELECT COUNT(*) FROM customer WHERE status = 'ACTIVE'"),
        db.count("SELECT COUNT(*) FROM customer_message WHERE campaign_id = ?", campaign.id()),
        "one message per active customer, sent or suppressed");
  }

  @Test
  void anOptOutOrADoNotCallRequestWhileTheCampaignRunsSuppressesTheMessage() throws Exception {
    importRegistry(uniquePhone());
    String first = signUp(uniquePhone());
    String optsOut = signUp(uniquePhone());
    String laterListed = uniquePhone();
    String asksNotToBeCalled = signUp(laterListed);
    CampaignView campaign = telemarketing();

    providers.hold();
    campaigns.run(STAFF, campaign.id());
    CallOrder held = (CallOrder) providers.awaitHeld(Duration.ofSeconds(60));
    // the audience was computed and committed with all three; now, while a call is being placed:
    consents.withdraw(optsOut, withdrawal(ConsentPurpose.MARKETING_TELEMARKETING), null);
    doNotCall.add(STAFF, new DoNotCallCommand(laterListed, null));
    providers.release();
    awaitCompleted(campaigns, campaign.id());

    Map<String, List<Object>> log = messagesOf(campaign.id());
    assertTrue(held.messageId() != null);
    assertEquals(List.of("SENT", "-"), log.get(first));
    assertEquals(List.of("SUPPRESSED", "consent-withdrawn"), log.get(optsOut), "P12: at once");
    assertEquals(List.of("SUPPRESSED", "do-not-call"), log.get(asksNotToBeCalled));
    assertEquals(List.of(), providers.callsTo(customers.profile(optsOut).phone()));
    assertEquals(List.of(), providers.callsTo(laterListed));
  }

  @Test
  void anEmailCampaignReachesOnlyCustomersWhoAskedForMarketingEmail() throws Exception {
    String asked = signUp(uniquePhone());
    consents.grant(
        asked,
        new ConsentCommand("marketing.email", null, null, null, ConsentPurpose.TEXT_VERSION, null),
        null);
    String never = signUp(uniquePhone());
    CampaignView campaign =
        campaigns.create(
            STAFF, new CampaignCommand("Winter email", "email", "Calls abroad", "Dear customer"));

    campaigns.run(STAFF, campaign.id());
    awaitCompleted(campaigns, campaign.id());

    Map<String, List<Object>> log = messagesOf(campaign.id());
    assertEquals(List.of("SENT", "-"), log.get(asked));
    assertEquals(List.of("SUPPRESSED", "consent-not-given"), log.get(never));
    assertEquals(1, providers.emailsTo(customers.profile(asked).email()).size());
    assertEquals(List.of(), providers.emailsTo(customers.profile(never).email()));
  }

  @Test
  void aLetterTheMailHouseCannotDeliverSuppressesTheAddressForTheNextCampaign() throws Exception {
    String returnedLine = MarketingCustomers.uniqueLine1();
    String returned = customers.signUp(MarketingCustomers.with(uniquePhone(), returnedLine)).id();
    String delivered = signUp(uniquePhone());
    String optedOut = signUp(uniquePhone());
    consents.withdraw(optedOut, withdrawal(ConsentPurpose.MARKETING_DIRECT_MAIL), null);
    providers.answer(returnedLine, RecordingMessaging.Answer.REJECT);

    CampaignView first = directMail("Spring letter");
    campaigns.run(STAFF, first.id());
    awaitCompleted(campaigns, first.id());
    CampaignView second = directMail("Summer letter");
    long suppressedBefore =
        campaigns.preview(second.id()).suppressed().get("direct-mail-suppression");
    campaigns.run(STAFF, second.id());
    awaitCompleted(campaigns, second.id());

    assertEquals(List.of("FAILED", "undeliverable-address"), messagesOf(first.id()).get(returned));
    assertEquals(List.of("SENT", "-"), messagesOf(first.id()).get(delivered));
    assertEquals(List.of("SUPPRESSED", "consent-withdrawn"), messagesOf(first.id()).get(optedOut));
    assertEquals(
        List.of("SUPPRESSED", "direct-mail-suppression"), messagesOf(second.id()).get(returned));
    assertTrue(suppressedBefore >= 1);
    assertEquals(1, providers.lettersTo(returnedLine).size(), "only the first letter was posted");
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM direct_mail_suppression WHERE address_key LIKE ?",
            "%" + returnedLine.toUpperCase()));
  }

  @Test
  void aFailedDeliveryIsLoggedAsSuch() throws Exception {
    importRegistry(uniquePhone());
    String unreachablePhone = uniquePhone();
    String unreachable = signUp(unreachablePhone);
    providers.answer(unreachablePhone, RecordingMessaging.Answer.FAIL);
    CampaignView campaign = telemarketing();

    campaigns.run(STAFF, campaign.id());
    CampaignView done = awaitCompleted(campaigns, campaign.id());

    assertEquals(List.of("FAILED", "delivery-failed"), messagesOf(campaign.id()).get(unreachable));
    assertTrue(done.messages().failed() >= 1);
  }

  @Test
  void aCampaignRunsOnceAndAnUnknownChannelIsRefusedWritingNothing() throws Exception {
    CampaignView campaign = directMail("Once only");
    campaigns.run(STAFF, campaign.id());
    long messages =
        db.count(MESSAGES_OF.replace("customer_id, status, reason", "COUNT(*)"), campaign.id());

    BusinessException again =
        assertThrows(BusinessException.class, () -> campaigns.run(STAFF, campaign.id()));
    assertEquals("campaign-already-run", again.code());
    assertEquals(
        messages,
        db.count(MESSAGES_OF.replace("customer_id, status, reason", "COUNT(*)"), campaign.id()));
    awaitCompleted(campaigns, campaign.id());

    long before = db.countAll("campaign");
    InvalidInputException unknown =
        assertThrows(
            InvalidInputException.class,
            () -> campaigns.create(STAFF, new CampaignCommand("Fax blast", "fax", "Hi", "Hello")));
    assertTrue(unknown.fieldErrors().get("channel").contains("telemarketing, direct-mail, email"));
    assertEquals(before, db.countAll("campaign"), "nothing written");
    assertEquals(
        "not-found",
        assertThrows(BusinessException.class, () -> campaigns.preview("no-such-campaign")).code());
  }

  /** Each active customer's reason, "-" for none. */
  private Map<Object, Object> reasons(AudienceQuery.Statement statement) {
    return db.query(statement.sql(), statement.parameters().toArray()).stream()
        .collect(
            Collectors.toMap(
                row -> row.get("customer_id"),
                row -> row.get("reason") == null ? "-" : row.get("reason")));
  }

  private long count(AudienceQuery.Statement statement, String where) {
    return db.count(
        "SELECT COUNT(*) FROM (" + statement.sql() + ") x" + where,
        statement.parameters().toArray());
  }

  private CampaignView telemarketing() {
    return campaigns.create(
        STAFF,
        new CampaignCommand("Winter calls", "telemarketing", "International plan", "Hello, ..."));
  }

  private CampaignView directMail(String name) {
    return campaigns.create(
        STAFF, new CampaignCommand(name, "direct-mail", "Our new plans", "Dear customer, ..."));
  }

  private String signUp(String phone) {
    return customers.signUp(MarketingCustomers.withPhone(phone)).id();
  }

  private void importRegistry(String... numbers) {
    String csv = "phone_number\n" + String.join("\n", numbers) + "\n";
    registry.importFile(STAFF, LocalDate.now(ZoneOffset.UTC).toString(), csv(csv));
  }

  private static WithdrawalCommand withdrawal(ConsentPurpose purpose) {
    return new WithdrawalCommand(purpose.code(), null, null, null);
  }

  /** customer id to [status, reason or "-"] of the campaign's messages. */
  private Map<String, List<Object>> messagesOf(String campaignId) {
    return db.query(MESSAGES_OF, campaignId).stream()
        .collect(
            Collectors.toMap(
                row -> (String) row.get("customer_id"),
                row ->
                    List.of(
                        row.get("status"), row.get("reason") == null ? "-" : row.get("reason"))));
  }
}
