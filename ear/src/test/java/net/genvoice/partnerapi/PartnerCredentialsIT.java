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
import java.util.UUID;
import net.genvoice.partnerapi.Partners.Partner;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.Test;

/**
 * Partners' credentials under {@code /api/v1/staff/compliance/partners} (P23): issued only for a
 * registered recipient and shown once, rotated (the old secret stops at once), deactivated; only
 * compliance officers manage them; only a hash is stored.
 */
class PartnerCredentialsIT {

  private final Http http = new Http();
  private final PartnerCustomer customer = PartnerCustomer.signedUp();

  private HttpResponse<String> asCompliance(String method, String path) {
    return http.withToken(Partners.complianceToken(), method, path, null);
  }

  private int call(Partner partner, String secret) {
    return rest(
            basic(partner.partnerId(), secret),
            restBody(
                "cred-" + UUID.randomUUID(),
                customer.id(),
                null,
                "PERFORM_SERVICE",
                "customer.name"))
        .statusCode();
  }

  @Test
  void aCredentialIsShownOnceAndOnlyItsHashIsStored() throws Exception {
    String recipient =
        Partners.register(
            "listing", "BUSINESS_AFFILIATE", Map.of("PERFORM_SERVICE", List.of("customer.name")));
    String partnerId = "p-" + UUID.randomUUID().toString().substring(0, 12);
    HttpResponse<String> issued = Partners.issueResponse(partnerId, recipient);
    assertEquals(201, issued.statusCode(), issued.body());
    assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
    String secret = Http.json(issued).getString("secret");
    assertTrue(secret.length() >= 40, "256 random bits");

    HttpResponse<String> listed = asCompliance("GET", "/api/v1/staff/compliance/partners");
    assertEquals(200, listed.statusCode());
    assertTrue(listed.body().contains(partnerId));
    assertFalse(listed.body().contains(secret), "never shown again");
    assertEquals(List.of(), Database.cellsContaining(secret), "only its hash is stored");
    assertEquals(200, call(new Partner(partnerId, recipient, secret), secret));
  }

  @Test
  void rotatingStopsTheOldSecretAtOnceAndDeactivatingStopsThePartner() {
    Partner partner = Partners.affiliate("customer.name");
    HttpResponse<String> rotated =
        asCompliance(
            "POST", "/api/v1/staff/compliance/partners/" + partner.partnerId() + "/credential");
    assertEquals(200, rotated.statusCode(), rotated.body());
    String fresh = Http.json(rotated).getString("secret");
    assertEquals(401, call(partner, partner.secret()), "the old secret");
    assertEquals(200, call(partner, fresh));

    HttpResponse<String> deactivated =
        asCompliance(
            "POST", "/api/v1/staff/compliance/partners/" + partner.partnerId() + "/deactivation");
    assertEquals(200, deactivated.statusCode(), deactivated.body());
    assertFalse(Http.json(deactivated).getBoolean("active"));
    assertEquals(401, call(partner, fresh));
    assertEquals(
        List.of("unauthenticated", "unauthenticated"), Partners.auditCodesOf(partner.partnerId()));
    HttpResponse<String> refusals =
        asCompliance("GET", "/api/v1/staff/compliance/partners/refusals");
    assertEquals(200, refusals.statusCode());
    assertTrue(refusals.body().contains(partner.partnerId()), "the audit is readable over REST");
  }

  @Test
  void badRequestsAreRefusedAndWriteNothing() throws Exception {
    String partnerId = "p-" + UUID.randomUUID().toString().substring(0, 12);
    HttpResponse<String> unknown = Partners.issueResponse(partnerId, "no-such-recipient");
    assertEquals(400, unknown.statusCode(), unknown.body());
    JsonObject problem = Http.json(unknown);
    assertEquals("invalid-input", problem.getString("code"));
    assertEquals("recipientId", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(List.of(), Database.cellsContaining(partnerId), "nothing written");

    HttpResponse<String> badId = Partners.issueResponse("Has:Colon", "no-such-recipient");
    assertEquals(400, badId.statusCode(), badId.body());

    Partner partner = Partners.affiliate("customer.name");
    HttpResponse<String> again = Partners.issueResponse(partner.partnerId(), partner.recipientId());
    assertEquals(409, again.statusCode(), again.body());
    assertEquals("partner-exists", Http.json(again).getString("code"));
    assertEquals(200, call(partner, partner.secret()), "the first secret still works");

    assertEquals(
        404,
        asCompliance("POST", "/api/v1/staff/compliance/partners/nobody-here/credential")
            .statusCode());
  }

  @Test
  void onlyComplianceOfficersManageCredentials() {
    String support = StaffAccounts.token("support-agent");
    assertEquals(
        403,
        http.withToken(support, "GET", "/api/v1/staff/compliance/partners", null).statusCode());
    assertEquals(
        401, http.get("/api/v1/staff/compliance/partners").statusCode(), "and nobody anonymous");
  }
}
