package net.genvoice.usage.boundary;

import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.genvoice.cookies.boundary.CookiePreferences;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.SignUps;
import net.genvoice.usage.boundary.UsageReportView.WeekUsesView;
import net.genvoice.usage.control.Weeks;
import net.genvoice.usage.entity.Feature;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P04, P05, P06 against the real schema: usage events are written asynchronously in batches and
 * minimised to consent; after the retention period they are counted into weeks and erased; the
 * report suppresses counts below five; recommendations come only with personalisation consent.
 */
@ExtendWith(ArquillianExtension.class)
class UsageRecordingIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/139.0 Safari/537.36";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("usage-recording-it", SignUps.class, DatabaseRows.class);
  }

  @EJB UsageRecorder recorder;
  @EJB UsageRetention retention;
  @EJB UsageReports reports;
  @EJB Recommendations recommendations;
  @EJB CookiePreferences preferences;
  @EJB Customers customers;
  @EJB Database database;

  DatabaseRows db;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
  }

  private static UsageCommand visit(
      Instant at, Feature feature, String session, String customer, CookieChoice choice) {
    return new UsageCommand(
        at,
        feature,
        "203.0.113.77",
        "device-7",
        "VisitorCookieValue0123456789",
        session,
        CHROME,
        customer,
        choice);
  }

  private long rowsOfSession(String session) {
    return db.count(
        "SELECT COUNT(*) FROM usage_event WHERE session_ref = ?",
        net.genvoice.identity.control.Secrets.sha256("session:" + session).substring(0, 32));
  }

  private void awaitRows(String session, long expected) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (rowsOfSession(session) < expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertEquals(expected, rowsOfSession(session), "usage events written in time");
  }

  @Test
  void eventsAreQueuedAtOnceAndWrittenLaterInBatchesByTheScheduledDrain() throws Exception {
    String session = UUID.randomUUID().toString();
    UsageStatisticsView before = recorder.statistics();

    for (int i = 0; i < 1_200; i++) {
      assertTrue(
          recorder.record(visit(Instant.now(), Feature.HOME, session, null, CookieChoice.NONE)));
    }
    assertEquals(1_200, recorder.statistics().accepted() - before.accepted(), "queued");

    // nobody flushes here: the managed scheduled task writes them
    awaitRows(session, 1_200);
    UsageStatisticsView after = recorder.statistics();
    assertEquals(1_200, after.written() - before.written());
    assertTrue(
        after.batches() - before.batches() >= 3,
        "batches of at most 500 (genvoice.usage.batch-size): " + after);
    assertTrue(after.batches() - before.batches() < 1_200, "not one write per event: " + after);
    assertEquals(before.dropped(), after.dropped());
    assertEquals(before.failed(), after.failed());
  }

  @Test
  void aVisitorWithoutConsentLeavesNoIdentifierThatOutlivesTheSession() {
    String session = UUID.randomUUID().toString();
    recorder.record(visit(Instant.now(), Feature.PRIVACY_POLICY, session, null, CookieChoice.NONE));
    String consenting = UUID.randomUUID().toString();
    recorder.record(
        visit(
            Instant.now(),
            Feature.PRIVACY_POLICY,
            consenting,
            null,
            CookieChoice.of(CookieCategory.ANALYTICS)));
    recorder.flush();

    Map<String, Object> anonymous = rowOf(session);
    assertEquals("privacy-policy", anonymous.get("feature"));
    assertEquals("203.0.113.0", anonymous.get("ip_address"));
    assertNull(anonymous.get("device_id"));
    assertNull(anonymous.get("visitor_id"));
    assertEquals("chrome", anonymous.get("browser"));
    assertEquals("desktop", anonymous.get("device_type"));
    Map<String, Object> measured = rowOf(consenting);
    assertEquals("203.0.113.77", measured.get("ip_address"));
    assertEquals("device-7", measured.get("device_id"));
    assertEquals("VisitorCookieValue0123456789", measured.get("visitor_id"));
  }

  @Test
  void aCustomersRecordedChoiceAsItStoodAtTheVisitWinsOverTheBrowsers() {
    String customer = customers.signUp(SignUps.withVisa(uniqueEmail("Usage"))).id();
    String before = UUID.randomUUID().toString();
    recorder.record(visit(Instant.now(), Feature.ACCOUNT, before, customer, CookieChoice.ALL));

    preferences.record(customer, CookieChoice.of(CookieCategory.PERSONALISATION), null);
    String after = UUID.randomUUID().toString();
    recorder.record(visit(Instant.now(), Feature.ACCOUNT, after, customer, CookieChoice.NONE));
    recorder.flush(); // both written after the grant

    Map<String, Object> unrecorded = rowOf(before);
    assertNull(unrecorded.get("customer_id"), "no choice recorded at the visit: nothing links");
    assertNull(unrecorded.get("visitor_id"), "the browser's choice does not count for a customer");
    Map<String, Object> personalised = rowOf(after);
    assertEquals(customer, personalised.get("customer_id"));
    assertNull(personalised.get("visitor_id"), "personalisation is not analytics");
  }

  @Test
  void afterTheRetentionPeriodEventsAreCountedIntoTheirWeekAndErased() {
    Instant now = Instant.now();
    Instant expired = now.minus(Duration.ofDays(100)); // retention: P90D by default
    LocalDate week = Weeks.startOf(expired);
    String session = UUID.randomUUID().toString();
    for (int i = 0; i < 3; i++) {
      recorder.record(visit(expired, Feature.SEATS, session, null, CookieChoice.NONE));
    }
    recorder.record(visit(now, Feature.SEATS, session, null, CookieChoice.NONE));
    recorder.flush();

    assertTrue(retention.eraseExpired(now) >= 3);

    assertEquals(1, rowsOfSession(session), "only the event within the retention period is left");
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM usage_event WHERE occurred_at < ?",
            java.sql.Timestamp.from(now.minus(Duration.ofDays(90)))));
    assertEquals(3L, usesOf(Feature.SEATS, week));
    assertEquals(0, retention.eraseExpired(now), "nothing left to erase; nothing counted twice");
    assertEquals(3L, usesOf(Feature.SEATS, week));

    // P05: 3 uses in that week are too few to show; 2 more make 5
    assertTrue(cell(Feature.SEATS, week).suppressed());
    assertNull(cell(Feature.SEATS, week).uses());
    for (int i = 0; i < 2; i++) {
      recorder.record(visit(expired, Feature.SEATS, session, null, CookieChoice.NONE));
    }
    recorder.flush();
    retention.eraseExpired(now);
    assertEquals(5L, usesOf(Feature.SEATS, week));
    assertFalse(cell(Feature.SEATS, week).suppressed());
    assertEquals(5L, cell(Feature.SEATS, week).uses());
  }

  @Test
  void theReportAddsEventsNotYetErasedAndSuppressesEveryCountBelowFive() {
    LocalDate week = Weeks.startOf(Instant.now()).minusWeeks(3);
    Instant inWeek = week.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3_600);
    String session = UUID.randomUUID().toString();
    for (int i = 0; i < 4; i++) {
      recorder.record(visit(inWeek, Feature.COOKIE_PREFERENCES, session, null, null));
    }
    for (int i = 0; i < 6; i++) {
      recorder.record(visit(inWeek, Feature.API_SEATS, session, null, null));
    }
    recorder.flush();

    UsageReportView report = reports.weekly(week, week.plusDays(6));

    assertEquals(5, report.threshold());
    assertEquals(List.of(week), report.weeks());
    assertEquals(Feature.values().length, report.features().size());
    WeekUsesView four = cellIn(report, Feature.COOKIE_PREFERENCES);
    assertTrue(four.suppressed());
    assertNull(four.uses(), "P05: 4 uses are never shown");
    assertEquals(6L, cellIn(report, Feature.API_SEATS).uses());
    assertTrue(cellIn(report, Feature.STAFF_AREA).suppressed(), "zero is suppressed too");
  }

  @Test
  void aReportForAnUpsideDownOrTooLongPeriodIsRefused() {
    LocalDate today = LocalDate.now();
    InvalidInputException upsideDown =
        assertThrows(InvalidInputException.class, () -> reports.weekly(today, today.minusWeeks(2)));
    assertTrue(upsideDown.fieldErrors().containsKey("to"));
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class, () -> reports.weekly(today.minusWeeks(60), today));
    assertTrue(tooLong.fieldErrors().containsKey("from"));
    assertThrows(InvalidInputException.class, () -> reports.weekly(null, today));
  }

  @Test
  void recommendationsUseTheCustomersHistoryOnlyWithPersonalisationConsent() {
    String customer = customers.signUp(SignUps.withVisa(uniqueEmail("Recommend"))).id();
    String session = UUID.randomUUID().toString();
    assertFalse(recommendations.forCustomer(customer).personalised(), "never chosen");

    preferences.record(customer, CookieChoice.of(CookieCategory.PERSONALISATION), null);
    for (int i = 0; i < 3; i++) {
      recorder.record(visit(Instant.now(), Feature.PAYMENT_METHODS, session, customer, null));
    }
    recorder.record(visit(Instant.now(), Feature.SEATS, session, customer, null));
    recorder.flush();

    RecommendationsView personalised = recommendations.forCustomer(customer);
    assertTrue(personalised.personalised());
    assertEquals(
        List.of("payment-methods", "seats"),
        personalised.mostUsed().stream().map(RecommendationsView.FeatureView::feature).toList());
    assertEquals(3, personalised.mostUsed().get(0).uses());
    assertTrue(
        personalised.notTriedYet().stream()
            .anyMatch(feature -> feature.feature().equals("privacy-policy")));

    preferences.record(customer, CookieChoice.NONE, null);

    RecommendationsView refused = recommendations.forCustomer(customer);
    assertFalse(refused.personalised());
    assertTrue(refused.mostUsed().isEmpty());
    assertEquals(
        0,
        db.count("SELECT COUNT(*) FROM usage_event WHERE customer_id = ?", customer),
        "P06: the withdrawal unlinked the customer's history");
    assertEquals(4, rowsOfSession(session), "the events themselves stay, unlinked");
  }

  private Map<String, Object> rowOf(String session) {
    return db.single(
        "SELECT * FROM usage_event WHERE session_ref = ?",
        net.genvoice.identity.control.Secrets.sha256("session:" + session).substring(0, 32));
  }

  private long usesOf(Feature feature, LocalDate week) {
    return ((Number)
            db.single(
                    "SELECT uses FROM feature_usage_week WHERE feature = ? AND week_start = ?",
                    feature.code(),
                    java.sql.Date.valueOf(week))
                .get("uses"))
        .longValue();
  }

  private WeekUsesView cell(Feature feature, LocalDate week) {
    return cellIn(reports.weekly(week, week), feature);
  }

  private static WeekUsesView cellIn(UsageReportView report, Feature feature) {
    return report.features().stream()
        .filter(row -> row.feature().equals(feature.code()))
        .findFirst()
        .orElseThrow()
        .weeks()
        .get(0);
  }
}
