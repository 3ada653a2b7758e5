package net.genvoice.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * P21, P22: the credit inquiry through GenVoice's real engine, ledger and SOAP gateway against the
 * credit agency's sandbox. Only with an open application; the customer sees it on the application.
 */
class CreditInquiryIT {

  private final Http http = new Http();

  @AfterEach
  void approving() {
    Sandbox.CREDIT.approve();
  }

  @Test
  void withoutAnOpenApplicationAnInquiryIsRefusedRecordedAndNeverReachesTheAgency()
      throws Exception {
    PartnerCustomer customer = PartnerCustomer.withCard();
    int calls = Sandbox.CREDIT.count("calls");

    HttpResponse<String> refused = staffInquiry(customer.id);

    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals("no-open-credit-application", Http.json(refused).getString("code"));
    assertEquals(calls, Sandbox.CREDIT.count("calls"), "the agency was asked");
    List<LedgerRows.Row> ledger = LedgerRows.of(customer.id, "credit-agency");
    assertEquals(1, ledger.size(), ledger.toString());
    assertEquals("DENIAL", ledger.get(0).type());
    assertEquals("no-open-credit-application", ledger.get(0).reasonCode());
  }

  @Test
  void anOpenApplicationGetsASoftSoapInquiryWhoseScoreAndReasonsTheCustomerSees() throws Exception {
    PartnerCustomer customer = PartnerCustomer.withCard();
    int calls = Sandbox.CREDIT.count("calls");

    HttpResponse<String> opened =
        customer.post(
            "/api/v1/me/credit-applications",
            Json.createObjectBuilder().add("description", "Monthly billing").build());

    assertEquals(201, opened.statusCode(), opened.body());
    assertEquals(calls + 1, Sandbox.CREDIT.count("calls"));
    assertEquals(
        List.of("inquiryType", "permissiblePurpose", "consumer.fullName", "consumer.postalAddress"),
        Sandbox.CREDIT.lastFields(),
        "the name and address only");
    JsonObject application =
        Http.jsonArray(customer.get("/api/v1/me/credit-applications")).getJsonObject(0);
    assertEquals("DECIDED", application.getString("status"), application.toString());
    JsonObject check = application.getJsonObject("creditCheck");
    assertEquals(720, check.getInt("score"));
    assertEquals("APPROVED", check.getString("outcome"));
    assertEquals("automated", check.getString("decidedBy"));
    assertTrue(check.getString("method").startsWith("soft credit inquiry;"), check.toString());
    assertEquals(
        List.of(
            "A1: Long history of payments on time", "A2: Low balances compared with credit limits"),
        check.getJsonArray("reasons").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    assertEquals(
        List.of("customer.address", "customer.name"),
        check.getJsonArray("dataSent").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    List<LedgerRows.Row> ledger = LedgerRows.of(customer.id, "credit-agency");
    assertEquals(List.of("RELEASE", "OUTCOME"), ledger.stream().map(LedgerRows.Row::type).toList());
    assertEquals("CREDIT_INQUIRY", ledger.get(0).purpose());
    assertEquals("SUCCEEDED", ledger.get(1).outcome());
    HttpResponse<String> disclosures = customer.get("/api/v1/me/disclosures");
    assertEquals(200, disclosures.statusCode(), disclosures.body());
    assertTrue(
        disclosures.body().contains("credit-agency"),
        "the customer is told: " + disclosures.body());

    HttpResponse<String> again = staffInquiry(customer.id);
    assertEquals(403, again.statusCode(), "a decided application allows no more inquiries");
  }

  @Test
  void financingTermsGetAHardInquiryNotedOnTheCreditRecordAndALowScoreIsDeclined() {
    PartnerCustomer customer = PartnerCustomer.withCard();
    Sandbox.CREDIT.behave("decline", 1);

    HttpResponse<String> opened =
        customer.post(
            "/api/v1/me/credit-applications",
            Json.createObjectBuilder()
                .add("description", "Handset financing")
                .add("terms", "financing")
                .build());

    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject check =
        Http.jsonArray(customer.get("/api/v1/me/credit-applications"))
            .getJsonObject(0)
            .getJsonObject("creditCheck");
    assertEquals(540, check.getInt("score"));
    assertEquals("DECLINED", check.getString("outcome"));
    assertTrue(
        check.getString("method").startsWith("hard credit inquiry, noted on your credit record"),
        check.toString());
  }

  private HttpResponse<String> staffInquiry(String customerId) {
    return http.withToken(
        StaffAccounts.token("support-agent"),
        "POST",
        "/api/v1/staff/support/customers/" + customerId + "/credit-inquiries",
        null);
  }
}
