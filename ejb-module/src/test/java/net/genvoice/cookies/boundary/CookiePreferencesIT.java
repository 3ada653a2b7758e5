package net.genvoice.cookies.boundary;

import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.consent.boundary.ConsentCommand;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
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
 * P06, P25: a signed-in customer's cookie choice is recorded as consent events on the web channel,
 * one per change; bad input writes nothing. P24: the Global Privacy Control signal is recorded once
 * as a withdrawal of third-party marketing on the browser-signal channel.
 */
@ExtendWith(ArquillianExtension.class)
class CookiePreferencesIT {

  private static final String ROWS_OF =
      "SELECT * FROM consent_event WHERE subject_id = ? ORDER BY seq_no";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("cookie-preferences-it", SignUps.class, DatabaseRows.class);
  }

  @EJB CookiePreferences preferences;
  @EJB Consents consents;
  @EJB Customers customers;
  @EJB Database database;

  DatabaseRows db;
  String customer;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    customer = customers.signUp(SignUps.withVisa(uniqueEmail("Cookies"))).id();
  }

  @Test
  void aFirstChoiceRecordsEveryCategoryThenOnlyWhatChanges() {
    assertEquals(Optional.empty(), preferences.recorded(customer), "never chosen");

    preferences.record(customer, CookieChoice.ALL, "198.51.100.23");

    List<Map<String, Object>> rows = db.query(ROWS_OF, customer);
    assertEquals(
        List.of("COOKIES_ANALYTICS", "COOKIES_PERSONALISATION", "COOKIES_BEACONS"),
        rows.stream().map(row -> row.get("purpose")).toList());
    for (Map<String, Object> row : rows) {
      assertEquals(Boolean.TRUE, row.get("granted"));
      assertEquals("WEB", row.get("channel"));
      assertEquals("198.51.100.0", row.get("source_ip"));
    }
    assertEquals(Optional.of(CookieChoice.ALL), preferences.recorded(customer));

    preferences.record(customer, CookieChoice.of(CookieCategory.ANALYTICS), null);
    preferences.record(customer, CookieChoice.of(CookieCategory.ANALYTICS), null);

    rows = db.query(ROWS_OF, customer);
    assertEquals(5, rows.size(), "two withdrawals; the same choice again records nothing");
    assertEquals(Boolean.FALSE, rows.get(3).get("granted"));
    assertEquals(Boolean.FALSE, rows.get(4).get("granted"));
    assertEquals(
        Optional.of(CookieChoice.of(CookieCategory.ANALYTICS)), preferences.recorded(customer));
    assertTrue(consents.hasCurrentConsent(customer, null, ConsentPurpose.COOKIES_ANALYTICS, null));
    assertFalse(
        consents.hasCurrentConsent(customer, null, ConsentPurpose.COOKIES_PERSONALISATION, null));
  }

  @Test
  void refusingEverythingFirstIsRecordedToo() {
    preferences.record(customer, CookieChoice.NONE, null);

    assertEquals(3, db.query(ROWS_OF, customer).size());
    assertEquals(Optional.of(CookieChoice.NONE), preferences.recorded(customer));
    assertTrue(preferences.view(customer, false).recorded());
  }

  @Test
  void anUnknownCategoryIsRefusedAndNothingIsWritten() {
    Map<String, Boolean> categories = new LinkedHashMap<>();
    categories.put("analytics", true);
    categories.put("tracking", true);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                preferences.update(
                    customer, new CookiePreferencesCommand(categories), null, false));

    assertEquals(List.of("categories.tracking"), List.copyOf(refused.fieldErrors().keySet()));
    assertEquals(0, db.query(ROWS_OF, customer).size(), "nothing written");
  }

  @Test
  void theRestFormReplacesTheWholeChoice() {
    CookiePreferencesView view =
        preferences.update(
            customer,
            new CookiePreferencesCommand(Map.of("personalisation", true, "essential", true)),
            null,
            true);

    assertTrue(view.recorded());
    assertEquals(
        Map.of("essential", true, "analytics", false, "personalisation", true, "beacons", false),
        view.categories());
    assertTrue(view.privacySignalSent());
  }

  @Test
  void theGlobalPrivacyControlSignalIsRecordedOnceAsABrowserSignalWithdrawal() {
    assertTrue(consents.honourPrivacySignal(customer, "203.0.113.50").isPresent());
    assertTrue(consents.honourPrivacySignal(customer, "203.0.113.50").isEmpty());
    assertTrue(consents.honourPrivacySignal(customer, "203.0.113.50").isEmpty());

    Map<String, Object> row = db.single(ROWS_OF, customer);
    assertEquals("THIRD_PARTY_MARKETING", row.get("purpose"));
    assertEquals(Boolean.FALSE, row.get("granted"));
    assertEquals("BROWSER_SIGNAL", row.get("channel"));
    assertEquals(Consents.PRIVACY_SIGNAL_TEXT, row.get("text_shown"));
    assertEquals("203.0.113.0", row.get("source_ip"));
    assertTrue(preferences.privacySignalRecordedAt(customer).isPresent());
    assertFalse(
        consents.hasCurrentConsent(customer, null, ConsentPurpose.THIRD_PARTY_MARKETING, null));
  }

  @Test
  void whileTheBrowserSendsTheSignalAGrantOnTheWebIsWithdrawnAgain() {
    consents.grant(
        customer,
        new ConsentCommand(
            "third-party.marketing", null, null, null, ConsentPurpose.TEXT_VERSION, null),
        null);
    assertTrue(preferences.privacySignalRecordedAt(customer).isEmpty());

    assertTrue(consents.honourPrivacySignal(customer, null).isPresent());

    assertEquals(2, db.query(ROWS_OF, customer).size());
    assertFalse(
        consents.hasCurrentConsent(customer, null, ConsentPurpose.THIRD_PARTY_MARKETING, null));
    assertTrue(preferences.privacySignalRecordedAt(customer).isPresent());
  }
}
