package net.genvoice.consentapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.Test;

/**
 * P17 end to end: a support agent finds the customer on the line by email or phone, records a
 * verbal consent with the call and a written one with the signed document, and the customer sees
 * them in their own history with their channel. Customers and marketing staff get 403; an agent
 * cannot give a web consent for a customer; every bad input is a problem naming its fields and
 * writes nothing.
 */
class SupportConsentApiIT {

  private static final String CUSTOMERS = "/api/v1/staff/support/customers";
  private static final String TEXT_VERSION = "2026-11-01";

  private final Http http = new Http();
  private final String agent = StaffAccounts.token("support-agent");

  @Test
  void anAgentRecordsAVerbalConsentAndTheCustomerSeesItWithChannelVerbal() {
    ApiCustomer ada = ApiCustomer.signedUp();

    HttpResponse<String> recorded =
        post(
            verbal(ada.id),
            capture("marketing.email", true).add("callReference", "CALL-2026-1001").build());

    assertEquals(201, recorded.statusCode(), recorded.body());
    JsonObject event = Http.json(recorded);
    assertEquals("VERBAL", event.getString("channel"));
    assertEquals("CALL-2026-1001", event.getString("callReference"));
    JsonArray history = ada.array("/api/v1/me/consents/history");
    assertEquals(1, history.size());
    JsonObject seen = history.getJsonObject(0);
    assertEquals(event.getString("id"), seen.getString("id"));
    assertEquals("VERBAL", seen.getString("channel"));
    assertEquals("CALL-2026-1001", seen.getString("callReference"));
    assertTrue(seen.getBoolean("granted"));
    assertFalse(seen.getString("capturedBy").isBlank(), "who captured it is evidence");
    assertTrue(state(ada.id, "marketing.email").getBoolean("granted"));
    // the customer's receipt names the call
    JsonObject receipt = Http.json(ada.get("/api/v1/me/consents/receipts/" + seen.getString("id")));
    assertTrue(
        receipt.getString("collectionMethod").contains("CALL-2026-1001"), receipt.toString());
  }

  @Test
  void anAgentRecordsAWrittenWithdrawalWithTheSignedDocument() {
    ApiCustomer ada = ApiCustomer.signedUp();
    assertTrue(state(ada.id, "marketing.direct-mail").getBoolean("granted"), "P12: opt-out");

    HttpResponse<String> recorded =
        post(
            written(ada.id),
            capture("marketing.direct-mail", false)
                .add("documentReference", "DOC-2026-77/opt-out.pdf")
                .build());

    assertEquals(201, recorded.statusCode(), recorded.body());
    assertEquals("WRITTEN", Http.json(recorded).getString("channel"));
    assertFalse(state(ada.id, "marketing.direct-mail").getBoolean("granted"), "at once");
    JsonArray history = Http.jsonArray(get(agent, CUSTOMERS + "/" + ada.id + "/consents/history"));
    assertEquals(
        "DOC-2026-77/opt-out.pdf", history.getJsonObject(0).getString("documentReference"));
    assertEquals(1, Rows.consentEventsOf(ada.id));
  }

  @Test
  void anAgentFindsTheCustomerByEmailOrByPhone() {
    String phone = "+1 415 555 " + (1000 + ThreadLocalRandom.current().nextInt(9000));
    ApiCustomer grace = ApiCustomer.signedUp(phone);

    JsonArray byEmail = Http.jsonArray(get(agent, CUSTOMERS + "?email=" + encode(grace.email)));
    JsonArray byPhone = Http.jsonArray(get(agent, CUSTOMERS + "?phone=" + encode(phone)));

    assertEquals(List.of(grace.id), ids(byEmail));
    assertTrue(ids(byPhone).contains(grace.id), byPhone.toString());
    JsonObject found = byEmail.getJsonObject(0);
    assertEquals(grace.email, found.getString("email"));
    assertEquals(phone.replace(" ", ""), found.getString("phone"));
    assertFalse(found.containsKey("paymentMethods"), "nothing of payment methods");
    assertEquals(
        0,
        Http.jsonArray(
                get(agent, CUSTOMERS + "?email=nobody-" + UUID.randomUUID() + "%40example.com"))
            .size());
  }

  @Test
  void aBadLookUpNamesItsFields() {
    assertProblem(get(agent, CUSTOMERS), 400, "email", "phone");
    assertProblem(get(agent, CUSTOMERS + "?email=not-an-email"), 400, "email");
    assertProblem(get(agent, CUSTOMERS + "?phone=4155550100"), 400, "phone");
    assertProblem(
        get(agent, CUSTOMERS + "?email=a%40example.com&phone=%2B14155550100"),
        400,
        "email",
        "phone");
  }

  @Test
  void badCapturesAreProblemsNamingTheirFieldsAndWriteNothing() {
    ApiCustomer ada = ApiCustomer.signedUp();
    String unknown = UUID.randomUUID().toString();
    long before = Rows.all("consent_event");

    assertProblem(
        post(verbal(ada.id), capture("marketing.fax", true).add("callReference", "CALL-1").build()),
        400,
        "purpose");
    assertProblem(
        post(
            verbal(unknown),
            capture("marketing.email", true).add("callReference", "CALL-1").build()),
        400,
        "customerId");
    assertProblem(
        post(verbal(ada.id), capture("marketing.email", true).build()), 400, "callReference");
    assertProblem(
        post(
            written(ada.id),
            capture("marketing.email", true).add("documentReference", " ").build()),
        400,
        "documentReference");
    assertProblem(
        post(
            verbal(ada.id),
            capture("marketing.email", true)
                .add("callReference", "CALL-1")
                .add("documentReference", "DOC-1")
                .build()),
        400,
        "documentReference");
    assertProblem(
        post(
            verbal(ada.id),
            Json.createObjectBuilder()
                .add("purpose", "marketing.email")
                .add("callReference", "CALL-1")
                .build()),
        400,
        "granted");
    assertProblem(
        post(verbal(ada.id), capture("disclosure", true).add("callReference", "CALL-1").build()),
        400,
        "recipient",
        "scope",
        "data");
    assertProblem(
        post(
            verbal(ada.id),
            capture("marketing.email", true)
                .add("callReference", "CALL-1")
                .add("textVersion", "1999-01-01")
                .build()),
        400,
        "textVersion");

    assertEquals(0, Rows.consentEventsOf(ada.id), "nothing written");
    assertEquals(before, Rows.all("consent_event"), "nothing written for anyone");
    assertProblem(get(agent, CUSTOMERS + "/" + unknown + "/consents"), 404);
    assertProblem(get(agent, CUSTOMERS + "/" + unknown + "/consents/history"), 404);
  }

  @Test
  void customersAndMarketingStaffAreForbiddenAndAnAgentCannotGiveAWebConsent() {
    ApiCustomer ada = ApiCustomer.signedUp();
    String marketing = StaffAccounts.token("marketing");
    JsonObject body = capture("marketing.email", true).add("callReference", "CALL-9").build();

    for (String token : List.of(ada.token, marketing)) {
      assertEquals(403, get(token, CUSTOMERS + "?email=" + encode(ada.email)).statusCode());
      assertEquals(403, get(token, CUSTOMERS + "/" + ada.id + "/consents").statusCode());
      assertEquals(403, http.withToken(token, "POST", verbal(ada.id), body).statusCode());
      assertEquals(403, http.withToken(token, "POST", written(ada.id), body).statusCode());
    }
    // the web channel is the customer's own: the customers' consent API admits no staff
    HttpResponse<String> web =
        http.withToken(
            agent,
            "POST",
            "/api/v1/me/consents",
            Json.createObjectBuilder()
                .add("purpose", "marketing.email")
                .add("textVersion", TEXT_VERSION)
                .add("subject", ada.id)
                .build());
    assertEquals(403, web.statusCode());
    assertEquals(404, post(CUSTOMERS + "/" + ada.id + "/consents/web", body).statusCode());
    assertEquals(405, post(CUSTOMERS + "/" + ada.id + "/consents", body).statusCode());
    assertEquals(0, Rows.consentEventsOf(ada.id), "nothing written");
    assertEquals(401, http.get(CUSTOMERS + "?email=" + encode(ada.email)).statusCode());
  }

  @Test
  void theOpenApiDocumentDescribesTheSupportApi() {
    String document = http.get("/openapi").body();
    for (String path :
        List.of(
            CUSTOMERS,
            CUSTOMERS + "/{customerId}/consents",
            CUSTOMERS + "/{customerId}/consents/history",
            CUSTOMERS + "/{customerId}/consents/verbal",
            CUSTOMERS + "/{customerId}/consents/written",
            "/api/v1/consent-purposes")) {
      assertTrue(document.contains(path + ":") || document.contains("\"" + path + "\""), path);
    }
  }

  private static JsonObjectBuilder capture(String purpose, boolean granted) {
    return Json.createObjectBuilder()
        .add("purpose", purpose)
        .add("granted", granted)
        .add("textVersion", TEXT_VERSION);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String... fields) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    JsonObject problem = Http.json(response);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("code").isBlank());
    Set<String> named =
        problem.containsKey("errors")
            ? problem.getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field"))
                .collect(Collectors.toSet())
            : Set.of();
    assertEquals(Set.of(fields), named, response.body());
  }

  private JsonObject state(String customerId, String purpose) {
    return Http.jsonArray(get(agent, CUSTOMERS + "/" + customerId + "/consents")).stream()
        .map(JsonObject.class::cast)
        .filter(view -> view.getString("purpose").equals(purpose))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> ids(JsonArray customers) {
    return customers.stream().map(c -> c.asJsonObject().getString("id")).toList();
  }

  private static String verbal(String customerId) {
    return CUSTOMERS + "/" + customerId + "/consents/verbal";
  }

  private static String written(String customerId) {
    return CUSTOMERS + "/" + customerId + "/consents/written";
  }

  private HttpResponse<String> post(String path, JsonObject body) {
    return http.withToken(agent, "POST", path, body);
  }

  private HttpResponse<String> get(String token, String path) {
    return http.withToken(token, "GET", path, null);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
