package net.genvoice.partnerapi;

import static net.genvoice.partnerapi.PartnerHttp.basic;
import static net.genvoice.partnerapi.PartnerHttp.rest;
import static net.genvoice.partnerapi.PartnerHttp.restBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.partnerapi.Partners.Entry;
import net.genvoice.partnerapi.Partners.Partner;
import net.genvoice.systemtest.Http;
import org.junit.jupiter.api.Test;

/**
 * The partner REST API (P14, P15, P19, P23): a permit answers only the permitted fields and is
 * recorded with its outcome; every refusal answers a problem with its stable code, releases
 * nothing, and is recorded in the customer's ledger (a policy denial) or the partner audit.
 */
class PartnerRestIT {

  private final PartnerCustomer customer = PartnerCustomer.signedUp();
  private final Partner porting =
      Partners.affiliate("customer.name", "customer.phone", "customer.address");

  private static String requestId() {
    return "req-" + UUID.randomUUID();
  }

  @Test
  void aPermittedRequestByPhoneNumberAnswersOnlyThePermittedFieldsAndIsRecorded() {
    String requestId = requestId();
    HttpResponse<String> answer =
        rest(
            basic(porting.partnerId(), porting.secret()),
            restBody(
                requestId,
                null,
                customer.phone(),
                "PERFORM_SERVICE",
                "customer.name",
                "customer.address"));

    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject body = Http.json(answer);
    assertEquals(requestId, body.getString("requestId"));
    JsonObject data = body.getJsonObject("data");
    assertEquals(
        Set.of("customer.name", "customer.address"), data.keySet(), "only what was permitted");
    assertEquals(customer.name(), data.getString("customer.name"));
    assertTrue(data.getString("customer.address").startsWith("1 Main St"), data.toString());
    assertFalse(answer.body().contains(customer.id()), "P19: not even the customer id");
    assertFalse(answer.body().contains(customer.email()), answer.body());

    List<Entry> recorded = Partners.ledgerOf(customer.id(), requestId);
    assertEquals(
        List.of("RELEASE"),
        recorded.stream().map(Entry::type).toList(),
        "one entry: the release, carrying its outcome");
    assertEquals(
        porting.recipientId(), recorded.get(0).recipientId(), "as the partner's registry entry");
    assertEquals("customer.name,customer.address", recorded.get(0).fields());
    assertEquals("SUCCEEDED", recorded.get(0).outcome());
    assertEquals(body.getString("releaseId"), releaseIdOf(customer.id(), requestId));
  }

  @Test
  void aFieldOutsideTheAllowedSetIsRefusedWithItsReasonCodeAndNothingIsReleased() {
    assertDenied(
        porting, "PERFORM_SERVICE", "field-not-allowed", "customer.name", "customer.email");
  }

  @Test
  void aPurposeTheRecipientIsNotRegisteredForIsRefused() {
    String provider =
        Partners.register(
            "operator", "SERVICE_PROVIDER", Map.of("OPERATE_SERVICE", List.of("customer.name")));
    Partner partner = Partners.issue(provider);
    assertDenied(
        partner, "COMPLETE_REQUESTED_TRANSACTION", "purpose-not-registered", "customer.name");
    // P19: an affiliate may receive for performing the service and nothing else
    assertDenied(
        porting, "OPERATE_SERVICE", "purpose-not-allowed-for-recipient-kind", "customer.name");
  }

  @Test
  void aPartnerWhoseRegistryEntryIsGoneIsAnUnknownRecipient() {
    Partner partner = Partners.affiliate("customer.name");
    Partners.deactivateRecipient(partner.recipientId());
    assertDenied(partner, "PERFORM_SERVICE", "unknown-recipient", "customer.name");
  }

  @Test
  void saleAndSurveyAnswersAreRefusedOnTheInboundPathToo() {
    assertDenied(porting, "SALE", "sale-never-permitted", "customer.name"); // P15
    assertDenied(porting, "PERFORM_SERVICE", "internal-only-data", "survey.answers"); // P14
  }

  @Test
  void wrongCredentialsAre401NothingReleasedAndTheAttemptRecorded() {
    String requestId = requestId();
    String body = restBody(requestId, customer.id(), null, "PERFORM_SERVICE", "customer.name");
    for (String authorization :
        new String[] {
          basic(porting.partnerId(), "not-the-secret"),
          basic(porting.partnerId(), ""),
          "Bearer " + porting.secret()
        }) {
      HttpResponse<String> refused = rest(authorization, body);
      assertEquals(401, refused.statusCode(), refused.body());
      assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
      assertEquals("unauthenticated", Http.json(refused).getString("code"));
      assertFalse(refused.body().contains(customer.name()), refused.body());
    }
    assertEquals(401, rest(null, body).statusCode(), "no credentials at all");
    assertEquals(List.of(), Partners.ledgerOf(customer.id()), "nothing decided, nothing released");
    assertEquals(
        List.of("unauthenticated", "unauthenticated"),
        Partners.auditCodesOf(porting.partnerId()),
        "both attempts that claimed the partner id are in the partner audit");
  }

  @Test
  void badInputNamesEachFieldIsRecordedAndReleasesNothing() {
    String requestId = requestId();
    HttpResponse<String> refused =
        rest(
            basic(porting.partnerId(), porting.secret()),
            restBody(requestId, customer.id(), customer.phone(), "FOR_FUN", "customer.shoeSize"));
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject problem = Http.json(refused);
    assertEquals("invalid-input", problem.getString("code"));
    assertEquals(
        Set.of("customerId", "purpose", "fields"),
        Set.copyOf(
            problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList()));
    HttpResponse<String> notJson =
        rest(basic(porting.partnerId(), porting.secret()), "{\"requestId\": ");
    assertEquals(400, notJson.statusCode(), notJson.body());
    assertEquals("malformed-json", Http.json(notJson).getString("code"));
    HttpResponse<String> nobody =
        rest(
            basic(porting.partnerId(), porting.secret()),
            restBody(
                requestId, UUID.randomUUID().toString(), null, "PERFORM_SERVICE", "customer.name"));
    assertEquals(404, nobody.statusCode(), nobody.body());
    assertEquals("customer-not-found", Http.json(nobody).getString("code"));

    assertEquals(List.of(), Partners.ledgerOf(customer.id()));
    assertEquals(
        List.of("customer-not-found", "invalid-input"), Partners.auditCodesOf(porting.partnerId()));
  }

  private void assertDenied(Partner partner, String purpose, String code, String... fields) {
    String requestId = requestId();
    HttpResponse<String> denied =
        rest(
            basic(partner.partnerId(), partner.secret()),
            restBody(requestId, customer.id(), null, purpose, fields));
    assertEquals(403, denied.statusCode(), denied.body());
    assertTrue(
        denied
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonObject problem = Http.json(denied);
    assertEquals(code, problem.getString("code"));
    assertFalse(problem.containsKey("data"), "nothing released");
    assertFalse(denied.body().contains(customer.name()), denied.body());
    List<Entry> recorded = Partners.ledgerOf(customer.id(), requestId);
    assertEquals(1, recorded.size(), "the denial is recorded, once: " + recorded);
    assertEquals("DENIAL", recorded.get(0).type());
    assertEquals(code, recorded.get(0).reasonCode());
    assertEquals(partner.recipientId(), recorded.get(0).recipientId());
    assertEquals(problem.getString("releaseId"), releaseIdOf(customer.id(), requestId));
  }

  private static String releaseIdOf(String subjectId, String requestId) {
    try (var db = net.genvoice.systemtest.Database.connect();
        var query =
            db.prepareStatement(
                "SELECT id FROM disclosure_ledger_entry WHERE subject_id = ? AND request_id = ?"
                    + " AND entry_type IN ('RELEASE', 'DENIAL')")) {
      query.setString(1, subjectId);
      query.setString(2, requestId);
      try (var rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
