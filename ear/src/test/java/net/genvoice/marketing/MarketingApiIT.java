package net.genvoice.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * P12, P13 end to end over REST, with the real gateways calling the sandboxes over HTTP: campaigns
 * reach only consenting customers off every do-not-call list, an opt-out while a campaign runs is
 * honoured, and bad input (a number not in E.164, a bad registry line, an unknown channel) gets a
 * problem naming the field and writes nothing.
 */
class MarketingApiIT {

  private static final String DIALER_RECEIVED = "/sandbox/dialer/v1/sandbox/received";
  private static final String DIALER_HELD = "/sandbox/dialer/v1/sandbox/held";

  private final Http http = new Http();

  @AfterEach
  void acceptingAgain() {
    Staff.sandbox("dialer", "accept");
  }

  @Test
  void anOptOutWhileACampaignRunsIsHonouredAndNoListedNumberIsCalled() throws Exception {
    Staff staff = Staff.marketing();
    staff.importFreshRegistry(MarketingCustomer.uniquePhone());
    MarketingCustomer reached = MarketingCustomer.signedUp();
    MarketingCustomer optsOut = MarketingCustomer.signedUp();
    MarketingCustomer listed = MarketingCustomer.signedUp();
    HttpResponse<String> added =
        staff.send(
            "POST", "/do-not-call", Json.createObjectBuilder().add("phone", listed.phone).build());
    assertEquals(201, added.statusCode(), added.body());
    String campaign = staff.createCampaign("telemarketing");
    JsonObject preview = Http.json(staff.send("GET", "/campaigns/" + campaign + "/preview", null));
    assertTrue(preview.getBoolean("runnable"), preview.toString());
    assertTrue(preview.getJsonObject("suppressed").getInt("do-not-call") >= 1, preview.toString());

    Staff.sandbox("dialer", "hold");
    HttpResponse<String> run = staff.send("POST", "/campaigns/" + campaign + "/run", null);
    assertEquals(202, run.statusCode(), run.body());
    awaitAHeldCall();
    // the audience is committed; while the first call is being placed, a customer opts out
    HttpResponse<String> stopped =
        optsOut.send(
            "PUT",
            "/api/v1/me/communications/telemarketing",
            Json.createObjectBuilder().add("granted", false).build());
    assertEquals(200, stopped.statusCode(), stopped.body());
    Staff.sandbox("dialer", "accept");
    JsonObject done = staff.awaitCompleted(campaign);

    assertEquals("SENT", reached.messageOf(campaign).getString("status"));
    JsonObject held = optsOut.messageOf(campaign);
    assertEquals("SUPPRESSED", held.getString("status"), held.toString());
    assertEquals("consent-withdrawn", held.getString("reason"), "P12: at once");
    assertEquals("do-not-call", listed.messageOf(campaign).getString("reason"));
    List<String> called = calledNumbers();
    assertTrue(called.contains(reached.phone), "the dialer was asked to call " + reached.phone);
    assertFalse(called.contains(optsOut.phone), "P12: opted out, never called");
    assertFalse(called.contains(listed.phone), "P12: on the do-not-call list, never called");
    assertTrue(done.getJsonObject("messages").getInt("sent") >= 1, done.toString());

    HttpResponse<String> again = staff.send("POST", "/campaigns/" + campaign + "/run", null);
    assertEquals(409, again.statusCode());
    assertEquals("campaign-already-run", Http.json(again).getString("code"));
  }

  @Test
  void aNumberThatIsNotE164IsRefusedWithAProblemAndNothingIsWritten() throws SQLException {
    Staff staff = Staff.marketing();
    long before = count("SELECT COUNT(*) FROM do_not_call_entry");

    HttpResponse<String> refused =
        staff.send(
            "POST",
            "/do-not-call",
            Json.createObjectBuilder().add("phone", "(415) 555-0100").build());

    assertProblem(refused, 400, "invalid-input", "phone");
    assertTrue(error(refused).getString("message").contains("E.164"), refused.body());
    assertEquals(before, count("SELECT COUNT(*) FROM do_not_call_entry"), "nothing written");

    String phone = MarketingCustomer.uniquePhone();
    HttpResponse<String> added =
        staff.send(
            "POST",
            "/do-not-call",
            Json.createObjectBuilder().add("phone", phone).add("note", "by letter").build());
    assertEquals(201, added.statusCode(), added.body());
    String id = Http.json(added).getString("id");
    assertTrue(added.headers().firstValue("Location").orElse("").endsWith("/do-not-call/" + id));
    HttpResponse<String> renewed =
        staff.send("POST", "/do-not-call", Json.createObjectBuilder().add("phone", phone).build());
    assertEquals(200, renewed.statusCode(), renewed.body());
    assertTrue(Http.json(renewed).getBoolean("renewed"));
    JsonArray found =
        Http.jsonArray(staff.send("GET", "/do-not-call?phone=" + phone.substring(1), null));
    assertEquals(1, found.size());
    assertEquals(phone, found.getJsonObject(0).getString("phone"));

    assertEquals(204, staff.send("DELETE", "/do-not-call/" + id, null).statusCode());
    assertProblem(staff.send("DELETE", "/do-not-call/" + id, null), 404, "not-found", null);
    assertEquals(0, count("SELECT COUNT(*) FROM do_not_call_entry WHERE phone = '" + phone + "'"));
  }

  @Test
  void aRegistryFileWithABadLineImportsNothingAndNamesEveryBadLine() throws SQLException {
    Staff staff = Staff.marketing();
    long imports = count("SELECT COUNT(*) FROM national_registry_import");
    long numbers = count("SELECT COUNT(*) FROM national_registry_number");
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    HttpResponse<String> refused =
        staff.importRegistry(today, "phone_number\n+14155550100\n415-555-0101\n+14155550102,x\n");

    assertProblem(refused, 400, "registry-file-invalid", "line 3");
    JsonArray errors = Http.json(refused).getJsonArray("errors");
    assertEquals(2, errors.size(), refused.body());
    assertEquals("line 4", errors.getJsonObject(1).getString("field"));
    assertTrue(errors.getJsonObject(0).getString("message").contains("E.164"));
    assertProblem(
        staff.importRegistry(null, "phone_number\n+14155550100\n"), 400, "invalid-input", "date");
    assertEquals(
        imports, count("SELECT COUNT(*) FROM national_registry_import"), "nothing written");
    assertEquals(
        numbers, count("SELECT COUNT(*) FROM national_registry_number"), "nothing written");

    String number = MarketingCustomer.uniquePhone();
    HttpResponse<String> imported =
        staff.importRegistry(today, "phone_number\r\n" + number + "\r\n");
    assertEquals(201, imported.statusCode(), imported.body());
    assertEquals(1, Http.json(imported).getInt("numbers"));
    JsonObject status = Http.json(staff.send("GET", "/national-registry", null));
    assertTrue(status.getBoolean("fitForTelemarketing"), status.toString());
    assertEquals(today, status.getJsonObject("latest").getString("registryDate"));
  }

  @Test
  void anUnknownChannelIsRefusedForCampaignsAndPreferencesAndWritesNothing() throws SQLException {
    Staff staff = Staff.marketing();
    MarketingCustomer customer = MarketingCustomer.signedUp();
    long campaigns = count("SELECT COUNT(*) FROM campaign");

    HttpResponse<String> campaign =
        staff.send(
            "POST",
            "/campaigns",
            Json.createObjectBuilder()
                .add("name", "Fax blast")
                .add("channel", "fax")
                .add("subject", "Hi")
                .add("body", "Hello")
                .build());
    HttpResponse<String> preference =
        customer.send(
            "PUT",
            "/api/v1/me/communications/fax",
            Json.createObjectBuilder().add("granted", false).build());

    assertProblem(campaign, 400, "invalid-input", "channel");
    assertProblem(preference, 400, "invalid-input", "channel");
    assertEquals(campaigns, count("SELECT COUNT(*) FROM campaign"), "nothing written");
    assertEquals(
        0, count("SELECT COUNT(*) FROM consent_event WHERE subject_id = '" + customer.id + "'"));
  }

  @Test
  void theCustomerReadsAndChangesTheirChannels() throws SQLException {
    MarketingCustomer customer = MarketingCustomer.signedUp();

    JsonObject preferences = Http.json(customer.send("GET", "/api/v1/me/communications", null));
    assertEquals(3, preferences.getJsonArray("channels").size());
    assertTrue(channel(preferences, "telemarketing").getBoolean("granted"), "opt-out channel");
    assertFalse(channel(preferences, "email").getBoolean("granted"), "opt-in channel");
    assertTrue(preferences.getString("transactionalMessages").contains("Invoices"));

    assertProblem(
        customer.send(
            "PUT",
            "/api/v1/me/communications/email",
            Json.createObjectBuilder().add("granted", true).build()),
        400,
        "invalid-input",
        "textVersion");
    HttpResponse<String> allowed =
        customer.send(
            "PUT",
            "/api/v1/me/communications/email",
            Json.createObjectBuilder()
                .add("granted", true)
                .add("textVersion", channel(preferences, "email").getString("textVersion"))
                .build());
    assertEquals(200, allowed.statusCode(), allowed.body());
    assertTrue(Http.json(allowed).getBoolean("granted"));
    assertEquals(
        1, count("SELECT COUNT(*) FROM consent_event WHERE subject_id = '" + customer.id + "'"));
    assertEquals(JsonValue.EMPTY_JSON_ARRAY, customer.messages());
  }

  @Test
  void onlyMarketingStaffReachTheMarketingApi() {
    MarketingCustomer customer = MarketingCustomer.signedUp();
    String agent = StaffAccounts.token("support-agent");

    assertEquals(401, http.get(Staff.MARKETING + "/campaigns").statusCode());
    assertEquals(403, customer.send("GET", Staff.MARKETING + "/campaigns", null).statusCode());
    assertEquals(
        403, http.withToken(agent, "GET", Staff.MARKETING + "/do-not-call", null).statusCode());
    assertEquals(401, http.get("/api/v1/me/communications").statusCode());
  }

  @Test
  void openApiDocumentDescribesTheCommunicationsApi() {
    HttpResponse<String> document = http.get("/openapi");
    assertEquals(200, document.statusCode());
    for (String path :
        new String[] {
          "/api/v1/me/communications",
          "/api/v1/me/communications/{channel}",
          "/api/v1/me/communications/messages",
          Staff.MARKETING + "/do-not-call",
          Staff.MARKETING + "/do-not-call/{id}",
          Staff.MARKETING + "/national-registry",
          Staff.MARKETING + "/national-registry/imports",
          Staff.MARKETING + "/campaigns",
          Staff.MARKETING + "/campaigns/{id}",
          Staff.MARKETING + "/campaigns/{id}/preview",
          Staff.MARKETING + "/campaigns/{id}/run",
          Staff.MARKETING + "/campaigns/{id}/messages"
        }) {
      assertTrue(
          document.body().contains(path + ":") || document.body().contains("\"" + path + "\""),
          "OpenAPI lacks " + path);
    }
    assertTrue(document.body().contains("text/csv"), "the registry import takes text/csv");
  }

  private void awaitAHeldCall() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Http.json(http.get(DIALER_HELD)).getInt("held") == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the dialer never received a call");
      }
      Thread.sleep(50);
    }
  }

  private List<String> calledNumbers() {
    return Http.jsonArray(http.get(DIALER_RECEIVED)).stream()
        .map(JsonObject.class::cast)
        .map(call -> call.getString("destination"))
        .toList();
  }

  private static JsonObject channel(JsonObject preferences, String code) {
    return preferences.getJsonArray("channels").stream()
        .map(JsonObject.class::cast)
        .filter(channel -> channel.getString("channel").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject error(HttpResponse<String> response) {
    return Http.json(response).getJsonArray("errors").getJsonObject(0);
  }

  private static void assertProblem(
      HttpResponse<String> response, int status, String code, String firstField) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    assertEquals(code, Http.json(response).getString("code"), response.body());
    if (firstField != null) {
      assertEquals(firstField, error(response).getString("field"), response.body());
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }
}
