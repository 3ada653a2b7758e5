package net.genvoice.communication.boundary;

import static net.genvoice.communication.boundary.MarketingCustomers.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.boundary.CustomerView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.RecordingMessaging;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P13: transactional messages go whatever the customer chose about marketing; P12: the channel
 * preferences are consents, changed by appending consent events. Bad input writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesIT {

  private static final String EVENTS_OF = "SELECT COUNT(*) FROM consent_event WHERE subject_id = ?";
  private static final String MESSAGES_OF =
      "SELECT COUNT(*) FROM customer_message WHERE customer_id = ?";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "messages-it", SignUps.class, DatabaseRows.class, MarketingCustomers.class);
  }

  @EJB Messages messages;
  @EJB CommunicationPreferences preferences;
  @EJB DoNotCallEntries doNotCall;
  @EJB Customers customers;
  @EJB Database database;
  @Inject RecordingMessaging providers;

  DatabaseRows db;
  CustomerView customer;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    customer = customers.signUp(MarketingCustomers.withPhone(uniquePhone()));
  }

  @Test
  void anInvoiceNoticeReachesACustomerWhoOptedOutOfEveryChannel() {
    for (String channel : List.of("telemarketing", "direct-mail", "email")) {
      preferences.change(customer.id(), channel, new ChannelPreferenceCommand(false, null), null);
    }
    doNotCall.add("staff-1", new DoNotCallCommand(customer.phone(), null));
    assertTrue(
        preferences.preferences(customer.id()).channels().stream().noneMatch(c -> c.granted()));

    MessageView invoice =
        messages.sendTransactional(
            customer.id(),
            new TransactionalMessageCommand(
                "invoice-ready", "email", "Your November invoice", "Your invoice is ready."));
    MessageView letter =
        messages.sendTransactional(
            customer.id(),
            new TransactionalMessageCommand(
                "payment-problem", "direct-mail", "Your card was declined", "Please update it."));

    assertEquals("SENT", invoice.status(), "P13: not gated by the marketing opt-out");
    assertEquals("SENT", letter.status());
    assertTrue(invoice.transactional());
    assertEquals(1, providers.emailsTo(customer.email()).size());
    assertEquals("Your invoice is ready.", providers.emailsTo(customer.email()).get(0).body());
    assertEquals(1, providers.lettersTo(customer.address().line1()).size());
    List<MessageView> log = messages.log(customer.id());
    assertEquals(List.of(letter.id(), invoice.id()).size(), log.size());
    assertTrue(
        log.stream()
            .allMatch(m -> m.type().equals("invoice-ready") || m.type().equals("payment-problem")));
  }

  @Test
  void marketingIsNotATransactionalTypeAndNothingIsWrittenForBadInput() {
    for (TransactionalMessageCommand bad :
        List.of(
            new TransactionalMessageCommand("marketing", "email", "Buy now", "..."),
            new TransactionalMessageCommand("newsletter", "email", "Hi", "..."),
            new TransactionalMessageCommand("service-notice", "telemarketing", "Hi", "..."),
            new TransactionalMessageCommand("service-notice", "fax", "Hi", "..."))) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class, () -> messages.sendTransactional(customer.id(), bad));
      assertFalse(refused.fieldErrors().isEmpty());
    }
    assertEquals(0, db.count(MESSAGES_OF, customer.id()), "nothing written");
    assertEquals(List.of(), providers.emailsTo(customer.email()));
  }

  @Test
  void aProviderFailureIsLoggedNotThrown() {
    providers.answer(customer.email(), RecordingMessaging.Answer.FAIL);

    MessageView alert =
        messages.sendTransactional(
            customer.id(),
            new TransactionalMessageCommand(
                "security-alert", "email", "New sign-in", "Someone signed in."));

    assertEquals("FAILED", alert.status());
    assertEquals("delivery-failed", alert.reason());
    assertEquals(
        "FAILED",
        db.single("SELECT status FROM customer_message WHERE id = ?", alert.id()).get("status"));
  }

  @Test
  void changingAChannelAppendsAConsentEventAndReadsBackAtOnce() {
    Map<String, ChannelPreferenceView> before = byChannel();
    assertTrue(before.get("telemarketing").granted());
    assertTrue(before.get("telemarketing").byDefault());
    assertFalse(before.get("email").granted());

    preferences.change(
        customer.id(), "telemarketing", new ChannelPreferenceCommand(false, null), "198.51.100.7");
    ChannelPreferenceView email =
        preferences.change(
            customer.id(),
            "email",
            new ChannelPreferenceCommand(true, ConsentPurpose.TEXT_VERSION),
            null);

    assertTrue(email.granted());
    assertFalse(byChannel().get("telemarketing").granted(), "P12: at once");
    assertEquals(2, db.count(EVENTS_OF, customer.id()));
    assertEquals(
        "198.51.100.0",
        db.single(
                "SELECT source_ip FROM consent_event WHERE subject_id = ? AND purpose = ?",
                customer.id(),
                "MARKETING_TELEMARKETING")
            .get("source_ip"));
  }

  @Test
  void anUnknownChannelOrAGrantWithoutItsTextIsRefusedAndWritesNothing() {
    InvalidInputException unknown =
        assertThrows(
            InvalidInputException.class,
            () ->
                preferences.change(
                    customer.id(), "fax", new ChannelPreferenceCommand(false, null), null));
    InvalidInputException withoutText =
        assertThrows(
            InvalidInputException.class,
            () ->
                preferences.change(
                    customer.id(), "email", new ChannelPreferenceCommand(true, null), null));
    InvalidInputException oldText =
        assertThrows(
            InvalidInputException.class,
            () ->
                preferences.change(
                    customer.id(),
                    "email",
                    new ChannelPreferenceCommand(true, "2020-01-01"),
                    null));

    assertTrue(unknown.fieldErrors().containsKey("channel"));
    assertTrue(withoutText.fieldErrors().containsKey("textVersion"));
    assertTrue(oldText.fieldErrors().containsKey("textVersion"));
    assertEquals(0, db.count(EVENTS_OF, customer.id()), "nothing written");
  }

  private Map<String, ChannelPreferenceView> byChannel() {
    return preferences.preferences(customer.id()).channels().stream()
        .collect(java.util.stream.Collectors.toMap(ChannelPreferenceView::channel, c -> c));
  }
}
