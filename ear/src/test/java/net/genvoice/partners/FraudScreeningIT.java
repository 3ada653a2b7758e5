package net.genvoice.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.ServerLog;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * P11, P20, P22: sign-ups and new payment methods through the real fraud gateway, policy engine and
 * ledger against the fraud sandbox: a screening is a recorded PREVENT_FRAUD release of exactly the
 * permitted fields, decided automatically and shown to the customer; a rejection is a 403 problem
 * naming its recorded decision, with nothing written and the card never sent; an unavailable
 * service fails the sign-up closed (503); a review goes ahead and is listed for support agents.
 */
class FraudScreeningIT {

  static final Set<String> SIGN_UP_FIELDS =
      Set.of(
          "customer.name",
          "customer.email",
          "customer.phone",
          "customer.address",
          "session.ipAddress",
          "paymentMethod.brand",
          "paymentMethod.last4",
          "paymentMethod.billingAddress");
  static final Set<String> SIGN_UP_WIRE_FIELDS =
      Set.of(
          "subject",
          "name",
          "email",
          "phone",
          "address",
          "ipAddress",
          "cardBrand",
          "cardLast4",
          "billingAddress");

  private final Http http = new Http();

  @AfterEach
  void approving() {
    Sandbox.FRAUD.approve();
  }

  @Test
  void aSignUpIsARecordedReleaseOfExactlyThePermittedFieldsAndAnAutomatedDecision()
      throws Exception {
    PartnerCustomer customer = PartnerCustomer.withCard();

    assertEquals(SIGN_UP_WIRE_FIELDS, Set.copyOf(Sandbox.FRAUD.lastFields()), "sent on the wire");
    List<LedgerRows.Row> ledger = LedgerRows.of(customer.id, "fraud-service");
    assertEquals(List.of("RELEASE", "OUTCOME"), ledger.stream().map(LedgerRows.Row::type).toList());
    assertEquals("PREVENT_FRAUD", ledger.get(0).purpose());
    assertEquals(SIGN_UP_FIELDS, Set.of(ledger.get(0).fieldNames().split(",")));
    assertEquals("SUCCEEDED", ledger.get(1).outcome());

    JsonObject decision = single(Http.jsonArray(customer.get("/api/v1/me/automated-decisions")));
    assertEquals("FRAUD_SCREENING", decision.getString("kind"));
    assertEquals("sign-up", decision.getString("subject"));
    assertEquals("APPROVED", decision.getString("outcome"));
    assertEquals("automated", decision.getString("decidedBy"));
    assertEquals(SIGN_UP_FIELDS, strings(decision.getJsonArray("dataSent")));
    JsonArray disclosures = Http.jsonArray(customer.get("/api/v1/me/disclosures"));
    assertTrue(disclosures.toString().contains("PREVENT_FRAUD"), disclosures.toString());
  }

  @Test
  void aRejectedSignUpIsA403ProblemNamingItsDecisionWithNothingWrittenAndTheCardNeverSent()
      throws Exception {
    String email = "rejected-" + UUID.randomUUID() + "@example.com";
    int cardCalls = Sandbox.CARD.count("calls");
    Sandbox.FRAUD.behave("decline", 1);

    HttpResponse<String> refused =
        http.postJson(
            "/api/v1/customers",
            PartnerCustomer.signUp(email, PartnerCustomer.card(PartnerCustomer.CARD)));

    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        refused.headers().toString());
    JsonObject problem = Http.json(refused);
    assertEquals("fraud-screening-rejected", problem.getString("code"));
    assertEquals(
        "https://genvoice.net/problems/fraud-screening-rejected", problem.getString("type"));
    JsonObject decision = problem.getJsonObject("automatedDecision");
    assertEquals(
        Set.of("identity-mismatch", "velocity-exceeded"),
        strings(decision.getJsonArray("reasons")));
    assertEquals("automated", decision.getString("decidedBy"));
    assertTrue(problem.getString("detail").contains(decision.getString("id")), refused.body());
    assertFalse(refused.body().contains(PartnerCustomer.CARD), "the number is echoed");
    assertFalse(refused.body().contains("net.genvoice"), "internals in the answer");

    assertEquals(0, Database.count("SELECT COUNT(*) FROM customer WHERE email = ?", email));
    assertEquals(cardCalls, Sandbox.CARD.count("calls"), "the card was sent to the provider");
    String subject =
        value("SELECT subject_id FROM automated_decision WHERE id = ?", decision.getString("id"));
    assertEquals(
        0, Database.count("SELECT COUNT(*) FROM payment_method WHERE customer_id = ?", subject));
    assertEquals(
        "DECLINED",
        value("SELECT outcome FROM automated_decision WHERE id = ?", decision.getString("id")));
    List<LedgerRows.Row> ledger = LedgerRows.of(subject, "fraud-service");
    assertEquals(List.of("RELEASE", "OUTCOME"), ledger.stream().map(LedgerRows.Row::type).toList());
    assertEquals(SIGN_UP_FIELDS, Set.of(ledger.get(0).fieldNames().split(",")));
    assertEquals(List.of(), LedgerRows.of(subject, "card-provider"));
    assertFalse(ServerLog.text().contains(PartnerCustomer.CARD), "P03: the card number is logged");
  }

  @Test
  void anUnavailableServiceFailsTheSignUpClosedWith503AndNothingWritten() throws Exception {
    String email = "unscreened-" + UUID.randomUUID() + "@example.com";
    int cardCalls = Sandbox.CARD.count("calls");
    long failedBefore = LedgerRows.withDetail("fraud-service", "provider-unavailable");
    Sandbox.FRAUD.behave("fail", 3);

    HttpResponse<String> refused =
        http.postJson(
            "/api/v1/customers",
            PartnerCustomer.signUp(email, PartnerCustomer.card(PartnerCustomer.CARD)));

    assertEquals(503, refused.statusCode(), refused.body());
    assertEquals("provider-unavailable", Http.json(refused).getString("code"));
    assertEquals(0, Database.count("SELECT COUNT(*) FROM customer WHERE email = ?", email));
    assertEquals(cardCalls, Sandbox.CARD.count("calls"));
    assertEquals(failedBefore + 1, LedgerRows.withDetail("fraud-service", "provider-unavailable"));
  }

  @Test
  void aSignUpSentToReviewGoesAheadAndIsListedForSupportAgents() {
    PartnerCustomer customer =
        PartnerCustomer.signedUp(
            "review-" + UUID.randomUUID() + "@example.com",
            PartnerCustomer.card(PartnerCustomer.CARD));

    JsonObject decision = single(Http.jsonArray(customer.get("/api/v1/me/automated-decisions")));
    assertEquals("REVIEW", decision.getString("outcome"));
    assertEquals(Set.of("manual-review-advised"), strings(decision.getJsonArray("reasons")));
    HttpResponse<String> waiting =
        http.withToken(
            StaffAccounts.token("support-agent"),
            "GET",
            "/api/v1/staff/support/fraud-reviews",
            null);
    assertEquals(200, waiting.statusCode(), waiting.body());
    assertTrue(waiting.body().contains(decision.getString("id")), waiting.body());
  }

  @Test
  void aRejectedPaymentMethodIsRefusedAndNotAdded() {
    PartnerCustomer customer = PartnerCustomer.withCard();
    int payPalCalls = Sandbox.PAYPAL.count("calls");
    Sandbox.FRAUD.behave("decline", 1);

    HttpResponse<String> refused =
        customer.post(
            "/api/v1/me/payment-methods",
            Json.createObjectBuilder()
                .add("type", "paypal")
                .add("email", "wallet-" + UUID.randomUUID() + "@example.com")
                .build());

    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals("fraud-screening-rejected", Http.json(refused).getString("code"));
    assertEquals(1, Http.jsonArray(customer.get("/api/v1/me/payment-methods")).size());
    assertEquals(payPalCalls, Sandbox.PAYPAL.count("calls"), "the account went to PayPal");
    // two decisions of one second tie on MariaDB, which keeps these timestamps to the second
    JsonObject refusal =
        Http.jsonArray(customer.get("/api/v1/me/automated-decisions")).stream()
            .map(JsonValue::asJsonObject)
            .filter(decision -> "DECLINED".equals(decision.getString("outcome")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the refusal is not shown"));
    assertEquals("payment-method", refusal.getString("subject"));
    assertEquals(
        Http.json(refused).getJsonObject("automatedDecision").getString("id"),
        refusal.getString("id"));
  }

  private static JsonObject single(JsonArray array) {
    assertEquals(1, array.size(), array.toString());
    return array.getJsonObject(0);
  }

  private static Set<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .collect(Collectors.toSet());
  }

  private static String value(String sql, String parameter) throws SQLException {
    try (var connection = Database.connect();
        var query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (var rows = query.executeQuery()) {
        assertTrue(rows.next(), sql);
        return rows.getString(1);
      }
    }
  }
}
