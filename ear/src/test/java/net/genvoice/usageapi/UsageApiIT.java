package net.genvoice.usageapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import net.genvoice.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;

/**
 * P04: every request is recorded, asynchronously, with its time, address, device id, cookie id,
 * browser and device type and feature, as far as the visitor's consent allows. P05: the staff
 * report counts uses per feature per week and never shows a count below five.
 */
class UsageApiIT {

  private static final String REPORT = "/api/v1/staff/reports/usage";
  private static final String ANALYTICS_ONLY = "genvoice_cookies=2026-11-01.analytics";
  private static final String FIREFOX =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Http http = new Http();

  @Test
  void aRequestIsRecordedWithItsDeviceAndCookieOnlyAsFarAsConsentAllows() throws Exception {
    String unconsented = "it-device-" + UUID.randomUUID().toString().substring(0, 8);
    String consented = "it-device-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(200, get("/privacy.xhtml", unconsented, null).statusCode());

    HttpResponse<String> measured = get("/privacy.xhtml", consented, ANALYTICS_ONLY);

    assertEquals(200, measured.statusCode());
    String visitor =
        measured.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("genvoice_visitor="))
            .map(cookie -> cookie.substring("genvoice_visitor=".length(), cookie.indexOf(';')))
            .findFirst()
            .orElseThrow(() -> new AssertionError("analytics consent sets the analytics cookie"));
    Map<String, String> row = awaitRowOfDevice(consented);
    assertEquals("privacy-policy", row.get("feature"));
    assertEquals("127.0.0.1", row.get("ip_address"));
    assertEquals(visitor, row.get("visitor_id"));
    assertEquals("firefox", row.get("browser"));
    assertEquals("desktop", row.get("device_type"));
    assertNotNull(row.get("occurred_at"));
    // one queue, one writer, oldest first: the earlier request is written by now, without its id
    assertEquals(0, countOfDevice(unconsented), "no device id kept without analytics consent");
  }

  @Test
  void noCountBelowFiveIsEverShownAndTheReportIsForItsRolesOnly() throws Exception {
    String token = StaffAccounts.token("marketing");
    for (int i = 0; i < 6; i++) {
      get("/privacy.xhtml", null, null);
    }

    JsonObject report = awaitUses(token, "privacy-policy", 6);

    assertEquals(5, report.getInt("threshold"));
    assertEquals(12, report.getJsonArray("weeks").size(), "the last twelve weeks by default");
    for (JsonObject feature : report.getJsonArray("features").getValuesAs(JsonObject.class)) {
      for (JsonObject week : feature.getJsonArray("weeks").getValuesAs(JsonObject.class)) {
        if (week.getBoolean("suppressed")) {
          assertFalse(week.containsKey("uses"), "P05: a suppressed count is not sent: " + week);
        } else {
          assertTrue(week.getInt("uses") >= 5, "P05: " + feature.getString("feature") + week);
        }
      }
    }
    assertEquals(200, staffGet(StaffAccounts.token("compliance-officer"), REPORT).statusCode());
    assertEquals(403, staffGet(StaffAccounts.token("support-agent"), REPORT).statusCode());
    assertEquals(401, http.get(REPORT).statusCode());
  }

  @Test
  void aPeriodThatIsNoneGetsAProblemNamingTheField() {
    String token = StaffAccounts.token("marketing");

    HttpResponse<String> junk = staffGet(token, REPORT + "?from=last-week");
    HttpResponse<String> upsideDown = staffGet(token, REPORT + "?from=2026-10-01&to=2026-09-01");

    for (HttpResponse<String> refused : new HttpResponse[] {junk, upsideDown}) {
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(
          refused
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
    }
    assertEquals("from", field(junk));
    assertEquals("to", field(upsideDown));
  }

  private static String field(HttpResponse<String> problem) {
    return Http.json(problem).getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private JsonObject awaitUses(String token, String feature, int atLeast) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      HttpResponse<String> answer = staffGet(token, REPORT);
      assertEquals(200, answer.statusCode(), answer.body());
      JsonObject report = Http.json(answer);
      JsonObject thisWeek =
          report.getJsonArray("features").getValuesAs(JsonObject.class).stream()
              .filter(row -> row.getString("feature").equals(feature))
              .findFirst()
              .orElseThrow()
              .getJsonArray("weeks")
              .getValuesAs(JsonObject.class)
              .stream()
              .reduce((first, second) -> second)
              .orElseThrow();
      if (thisWeek.containsKey("uses") && thisWeek.getInt("uses") >= atLeast) {
        return report;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("usage not counted in time: " + thisWeek);
      }
      Thread.sleep(250);
    }
  }

  private HttpResponse<String> get(String path, String deviceId, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(SystemUnderTest.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("User-Agent", FIREFOX);
    if (deviceId != null) {
      request.header("X-Device-Id", deviceId);
    }
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build());
  }

  private HttpResponse<String> staffGet(String token, String path) {
    return http.withToken(token, "GET", path, null);
  }

  private static Map<String, String> awaitRowOfDevice(String deviceId) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (countOfDevice(deviceId) == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT * FROM usage_event WHERE device_id = ?")) {
      query.setString(1, deviceId);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next(), "the request was recorded in time");
        Map<String, String> row = new HashMap<>();
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
          row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(), rows.getString(i));
        }
        assertFalse(rows.next(), "one row per request");
        return row;
      }
    }
  }

  private static long countOfDevice(String deviceId) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT COUNT(*) FROM usage_event WHERE device_id = ?")) {
      query.setString(1, deviceId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
