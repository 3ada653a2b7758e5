package net.genvoice.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.ServerLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * P03, P10, P20: GenVoice's real card gateway, policy engine and ledger against the card sandbox: a
 * retried payment charges once, a failing provider charges nothing and is recorded as failed, a
 * declined card is refused, and the sign-up tokenisation is a recorded release of exactly the card
 * fields.
 */
class OutboundPaymentsIT {

  private static final JsonObject TEN_DOLLARS =
      Json.createObjectBuilder().add("amount", 1000).add("currency", "USD").build();

  @AfterEach
  void approving() {
    Sandbox.CARD.approve();
  }

  @Test
  void anAuthorisationThatTimesOutIsRetriedWithOneKeyAndChargesOnce() throws Exception {
    PartnerCustomer customer = PartnerCustomer.withCard();
    int authorizations = Sandbox.CARD.count("authorizations");
    int charges = Sandbox.CARD.count("charges");
    int calls = Sandbox.CARD.count("calls");
    Sandbox.CARD.behave("timeout", 1); // the provider authorises, but its answer is lost

    HttpResponse<String> paid = customer.post("/api/v1/me/payments", TEN_DOLLARS);

    assertEquals(201, paid.statusCode(), paid.body());
    assertEquals("captured", Http.json(paid).getString("status"));
    assertEquals(calls + 3, Sandbox.CARD.count("calls"), "authorise, its retry, capture");
    assertEquals(authorizations + 1, Sandbox.CARD.count("authorizations"), "authorised once");
    assertEquals(charges + 1, Sandbox.CARD.count("charges"), "charged once");
    List<LedgerRows.Row> ledger = LedgerRows.of(customer.id, "card-provider");
    assertEquals(
        List.of("RELEASE", "OUTCOME", "RELEASE", "OUTCOME", "RELEASE", "OUTCOME"),
        ledger.stream().map(LedgerRows.Row::type).toList(),
        "tokenisation, authorisation, capture: " + ledger);
    assertEquals("paymentMethod.token", ledger.get(2).fieldNames());
    assertEquals("SUCCEEDED", ledger.get(3).outcome());
    assertEquals("SUCCEEDED", ledger.get(5).outcome());
  }

  @Test
  void aProviderThatKeepsFailingChargesNothingAndIsRecordedAsFailed() throws Exception {
    PartnerCustomer customer = PartnerCustomer.withCard();
    int charges = Sandbox.CARD.count("charges");
    int calls = Sandbox.CARD.count("calls");
    Sandbox.CARD.behave("fail", 3);

    HttpResponse<String> refused = customer.post("/api/v1/me/payments", TEN_DOLLARS);

    assertEquals(503, refused.statusCode(), refused.body());
    assertEquals("provider-unavailable", Http.json(refused).getString("code"));
    assertEquals(calls + 3, Sandbox.CARD.count("calls"), "one attempt and two retries");
    assertEquals(charges, Sandbox.CARD.count("charges"));
    assertEquals(List.of(), Http.jsonArray(customer.get("/api/v1/me/payments")));
    List<LedgerRows.Row> ledger = LedgerRows.of(customer.id, "card-provider");
    LedgerRows.Row last = ledger.get(ledger.size() - 1);
    assertEquals("OUTCOME", last.type());
    assertEquals("FAILED", last.outcome());
    assertEquals("provider-unavailable", last.detail());
  }

  @Test
  void aDeclinedCardIsRefusedAtSignUpAndItsTokenisationRecordedAsFailed() throws Exception {
    long declinedBefore = LedgerRows.withDetail("card-provider", "card-declined");
    Http http = new Http();

    HttpResponse<String> refused =
        http.postJson(
            "/api/v1/customers",
            PartnerCustomer.signUp(
                "declined-" + java.util.UUID.randomUUID() + "@example.com",
                PartnerCustomer.card("4000000000000002")));

    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("card-declined", Http.json(refused).getString("code"));
    assertTrue(refused.body().contains("paymentMethod.number"), refused.body());
    assertFalse(refused.body().contains("4000000000000002"), "the answer echoes the number");
    assertEquals(declinedBefore + 1, LedgerRows.withDetail("card-provider", "card-declined"));
  }

  @Test
  void signUpTokenisesTheCardAsARecordedReleaseOfTheCardFieldsOnly() throws Exception {
    PartnerCustomer customer = PartnerCustomer.withCard();

    assertEquals(
        List.of("number", "expiryMonth", "expiryYear", "cvv", "holderName").stream()
            .sorted()
            .toList(),
        Sandbox.CARD.lastFields().stream().sorted().toList());
    LedgerRows.Row release = LedgerRows.of(customer.id, "card-provider").get(0);
    assertEquals("RELEASE", release.type());
    assertEquals("VERIFY_PAYMENT_METHOD", release.purpose());
    for (String field :
        List.of(
            "paymentMethod.cardNumber",
            "paymentMethod.cvv",
            "paymentMethod.expiry",
            "paymentMethod.holderName")) {
      assertTrue(release.fieldNames().contains(field), release.fieldNames());
    }
    assertEquals(
        List.of(),
        Database.cellsContaining(PartnerCustomer.CARD),
        "P03: the card number is stored");
    assertFalse(ServerLog.text().contains(PartnerCustomer.CARD), "P03: the card number is logged");
  }
}
