package net.genvoice.consentapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import net.genvoice.systemtest.ConsentRows;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;

/**
 * P06, P25 over REST: a customer's cookie preferences are consent events; an unknown category is
 * refused with a problem and writes nothing. P24: {@code Sec-GPC: 1} is recorded once as a
 * withdrawal of third-party marketing on the browser-signal channel.
 */
class CookiePreferencesApiIT {

  private static final String PREFERENCES = "/api/v1/me/cookie-preferences";

  private final Http http = new Http();

  @Test
  void aChoiceIsRecordedAsConsentEventsAndReadBack() throws SQLException {
    ApiCustomer ada = ApiCustomer.signedUp();
    JsonObject before = Http.json(ada.get(PREFERENCES));
    assertFalse(before.getBoolean("recorded"));
    assertTrue(before.getJsonObject("categories").getBoolean("essential"));
    assertFalse(before.getJsonObject("categories").getBoolean("analytics"));

    HttpResponse<String> changed = put(ada, categories(true, false), null);

    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject after = Http.json(changed);
    assertTrue(after.getBoolean("recorded"));
    assertTrue(after.getJsonObject("categories").getBoolean("analytics"));
    assertFalse(after.getJsonObject("categories").getBoolean("personalisation"));
    assertEquals(
        List.of(
            "COOKIES_ANALYTICS true WEB",
            "COOKIES_PERSONALISATION false WEB",
            "COOKIES_BEACONS false WEB"),
        events(ada.id));
    assertEquals(after, Http.json(ada.get(PREFERENCES)));
  }

  @Test
  void anUnknownCategoryGetsAProblemAndWritesNothing() throws SQLException {
    ApiCustomer ada = ApiCustomer.signedUp();
    JsonObject body =
        Json.createObjectBuilder()
            .add(
                "categories",
                Json.createObjectBuilder().add("analytics", true).add("tracking", true))
            .build();

    HttpResponse<String> refused = put(ada, body, null);

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonObject problem = Http.json(refused);
    assertEquals("invalid-input", problem.getString("code"));
    assertEquals(
        "categories.tracking", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(List.of(), events(ada.id), "nothing written");
    assertFalse(Http.json(ada.get(PREFERENCES)).getBoolean("recorded"));
  }

  @Test
  void theGlobalPrivacyControlSignalIsRecordedOnceAndShown() throws SQLException {
    ApiCustomer ada = ApiCustomer.signedUp();

    for (int i = 0; i < 3; i++) {
      assertEquals(200, send(ada, "GET", "/api/v1/me", null, "1").statusCode());
    }

    assertEquals(List.of("THIRD_PARTY_MARKETING false BROWSER_SIGNAL"), events(ada.id));
    JsonObject shown = Http.json(send(ada, "GET", PREFERENCES, null, "1"));
    assertTrue(shown.getBoolean("privacySignalSent"));
    assertTrue(shown.containsKey("privacySignalRecordedAt"), shown.toString());
    JsonObject thirdParty =
        ada.array("/api/v1/me/consents").stream()
            .map(JsonObject.class::cast)
            .filter(state -> state.getString("purpose").equals("third-party.marketing"))
            .findFirst()
            .orElseThrow();
    assertFalse(thirdParty.getBoolean("granted"));
    assertEquals("BROWSER_SIGNAL", thirdParty.getString("channel"));
    assertFalse(
        Http.json(ada.get(PREFERENCES)).getBoolean("privacySignalSent"), "this one sent none");
  }

  @Test
  void withoutATokenThePreferencesAreClosed() {
    assertEquals(401, http.get(PREFERENCES).statusCode());
  }

  @Test
  void theOpenApiDocumentDescribesThem() {
    String document = http.get("/openapi").body();
    assertTrue(document.contains(PREFERENCES), "OpenAPI lacks " + PREFERENCES);
    assertTrue(document.contains("/api/v1/staff/reports/usage"), "OpenAPI lacks the usage report");
  }

  private static JsonObject categories(boolean analytics, boolean personalisation) {
    return Json.createObjectBuilder()
        .add(
            "categories",
            Json.createObjectBuilder()
                .add("analytics", analytics)
                .add("personalisation", personalisation))
        .build();
  }

  private HttpResponse<String> put(ApiCustomer customer, JsonObject body, String gpc) {
    return send(customer, "PUT", PREFERENCES, body, gpc);
  }

  private HttpResponse<String> send(
      ApiCustomer customer, String method, String path, JsonObject body, String gpc) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(SystemUnderTest.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + customer.token())
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (gpc != null) {
      request.header("Sec-GPC", gpc);
    }
    return http.send(request.build());
  }

  private static List<String> events(String customer) throws SQLException {
    return ConsentRows.of(customer);
  }
}
