package net.genvoice.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.SystemUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each partner's sandbox over its own protocol: idempotency keys, behaviours, SOAP. */
class SandboxProtocolsIT {

  private final Http http = new Http();

  @AfterEach
  void approving() {
    List.of(Sandbox.CARD, Sandbox.PAYPAL, Sandbox.FRAUD, Sandbox.CREDIT, Sandbox.DIRECTORY)
        .forEach(Sandbox::approve);
  }

  @Test
  void aRepeatedIdempotencyKeyAuthorisesAndChargesOnce() {
    int authorizations = Sandbox.CARD.count("authorizations");
    int charges = Sandbox.CARD.count("charges");
    String key = UUID.randomUUID().toString();
    JsonObject authorization =
        Json.createObjectBuilder()
            .add("token", "tok_x")
            .add("amount", 500)
            .add("currency", "USD")
            .build();

    HttpResponse<String> first = post(Sandbox.CARD, "/authorizations", authorization, key);
    HttpResponse<String> again = post(Sandbox.CARD, "/authorizations", authorization, key);
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(first.body(), again.body(), "the repeat gets the first answer");
    String authorizationId = Http.json(first).getString("id");
    JsonObject capture =
        Json.createObjectBuilder()
            .add("token", "tok_x")
            .add("authorization", authorizationId)
            .add("amount", 500)
            .build();
    String captureKey = UUID.randomUUID().toString();
    assertEquals(201, post(Sandbox.CARD, "/captures", capture, captureKey).statusCode());
    assertEquals(201, post(Sandbox.CARD, "/captures", capture, captureKey).statusCode());

    assertEquals(authorizations + 1, Sandbox.CARD.count("authorizations"));
    assertEquals(charges + 1, Sandbox.CARD.count("charges"));
  }

  @Test
  void aBehaviourSwitchedForOneCallAppliesOnceThenApproves() {
    Sandbox.PAYPAL.behave("fail", 1);
    JsonObject account = Json.createObjectBuilder().add("email", "ada@example.com").build();

    assertEquals(503, post(Sandbox.PAYPAL, "/account-verifications", account, null).statusCode());
    HttpResponse<String> next = post(Sandbox.PAYPAL, "/account-verifications", account, null);
    assertEquals(200, next.statusCode(), next.body());
    assertTrue(Http.json(next).getString("payerId").startsWith("PAYER-"));
    assertEquals(List.of("email"), Sandbox.PAYPAL.lastFields());
  }

  @Test
  void theFraudServiceAnswersAScoreAndReasonsAndDeclinesWhenSwitched() {
    JsonObject screening =
        Json.createObjectBuilder().add("subject", "sign-up").add("email", "a@example.com").build();

    JsonObject accepted = Http.json(post(Sandbox.FRAUD, "/screenings", screening, null));
    Sandbox.FRAUD.behave("decline", 1);
    JsonObject rejected = Http.json(post(Sandbox.FRAUD, "/screenings", screening, null));

    assertEquals("accept", accepted.getString("recommendation"));
    assertEquals(
        List.of("no-device-data"),
        accepted.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals("reject", rejected.getString("recommendation"));
    assertEquals(95, rejected.getInt("score"));
    JsonObject review =
        Json.createObjectBuilder()
            .add("subject", "payment-method")
            .add("paypalAccount", "review-me@example.com")
            .build();
    assertEquals(
        "review",
        Http.json(post(Sandbox.FRAUD, "/screenings", review, null)).getString("recommendation"));
  }

  @Test
  void theCreditAgencyServesItsWsdlAndAnswersASoapInquiry() {
    HttpResponse<String> wsdl = http.get(Sandbox.CREDIT.base + "/inquiries?wsdl");
    assertEquals(200, wsdl.statusCode(), wsdl.body());
    assertTrue(wsdl.body().contains("CreditInquiryPort"), wsdl.body());

    HttpResponse<String> answer = soap(inquiry("HARD", "ref-" + UUID.randomUUID()));

    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(
        answer.body().contains("<score>720</score>") || answer.body().contains(":score>720<"),
        answer.body());
    assertTrue(answer.body().contains("notedOnCreditRecord>true<"), answer.body());
    assertEquals(
        List.of("inquiryType", "permissiblePurpose", "consumer.fullName"),
        Sandbox.CREDIT.lastFields());
  }

  @Test
  void theCreditAgencyRefusesAnEnvelopeWithAnExternalEntity() {
    int calls = Sandbox.CREDIT.count("calls");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + inquiry("SOFT", "&x;").substring("<?xml version=\"1.0\"?>".length());

    HttpResponse<String> answer = soap(xxe);

    assertEquals(500, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("Fault"), answer.body());
    assertTrue(!answer.body().contains("root:"), "the entity was expanded: " + answer.body());
    assertEquals(calls, Sandbox.CREDIT.count("calls"), "the endpoint was reached");
  }

  private static String inquiry(String type, String reference) {
    return "<?xml version=\"1.0\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:c=\"http://credit-agency.example/inquiry/v1\"><soapenv:Body>"
        + "<c:CreditInquiryRequest><c:inquiryType>"
        + type
        + "</c:inquiryType><c:permissiblePurpose>CONSUMER_CREDIT_APPLICATION</c:permissiblePurpose>"
        + "<c:reference>"
        + reference
        + "</c:reference><c:consumer><c:fullName>Ada Lovelace</c:fullName></c:consumer>"
        + "</c:CreditInquiryRequest></soapenv:Body></soapenv:Envelope>";
  }

  private HttpResponse<String> soap(String envelope) {
    return http.send(
        HttpRequest.newBuilder(SystemUnderTest.uri(Sandbox.CREDIT.base + "/inquiries"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", "\"http://credit-agency.example/inquiry/v1/Inquire\"")
            .POST(HttpRequest.BodyPublishers.ofString(envelope))
            .build());
  }

  private HttpResponse<String> post(Sandbox sandbox, String path, JsonObject body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(SystemUnderTest.uri(sandbox.base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return http.send(request.build());
  }
}
