package net.genvoice.partnerapi;

import static net.genvoice.partnerapi.PartnerHttp.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import net.genvoice.partnerapi.Partners.Partner;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Malformed and hostile SOAP requests, posted raw (a generated client could not send them): each is
 * a SOAP fault with its stable code, releases nothing, is recorded in the partner audit, and leaves
 * the server healthy. The server runs on this machine, so an external entity naming a local file
 * would be read if anything resolved it.
 */
class AffiliateSoapAttacksIT {

  private static final String OPEN =
      "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
          + "<gv:requestCustomerData xmlns:gv=\"urn:genvoice:partner:v1\"><request>";
  private static final String CLOSE = "</request></gv:requestCustomerData></S:Body></S:Envelope>";

  private final PartnerCustomer customer = PartnerCustomer.signedUp();
  private final Partner partner = Partners.affiliate("customer.name");

  private String request(String requestIdContent) {
    return OPEN
        + "<requestId>"
        + requestIdContent
        + "</requestId><customerId>"
        + customer.id()
        + "</customerId><purpose>PERFORM_SERVICE</purpose><field>customer.name</field>"
        + CLOSE;
  }

  @Test
  void anExternalEntityIsNeverReadAndTheRequestIsRefused() throws IOException {
    String marker = "xxe-secret-" + UUID.randomUUID();
    Path secret = Files.createTempFile("xxe", ".txt");
    Files.writeString(secret, marker);
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE S:Envelope [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + request("&xxe;");
    assertRefused(PartnerHttp.soap(auth(), xxe), "xml-doctype-refused", marker);
    // the same in UTF-16, where a byte-level look for "<!DOCTYPE" would see nothing
    HttpResponse<String> utf16 =
        new Http()
            .send(
                HttpRequest.newBuilder(SystemUnderTest.uri(PartnerHttp.SOAP))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth())
                    .header("Content-Type", "text/xml; charset=utf-16")
                    .POST(
                        HttpRequest.BodyPublishers.ofByteArray(
                            xxe.replace(
                                    "<?xml version=\"1.0\"?>",
                                    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
                                .getBytes(StandardCharsets.UTF_16)))
                    .build());
    assertRefused(utf16, "xml-doctype-refused", marker);
    assertAudited("xml-doctype-refused", "xml-doctype-refused");
    Files.delete(secret);
  }

  @Test
  void aBillionLaughsIsRefusedAndTheServerStaysHealthy() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE S:Envelope [");
    dtd.append("<!ENTITY lol0 \"lollollollollollollollollollol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String bomb = dtd.append("]>").append(request("&lol9;")).toString();
    for (int i = 0; i < 5; i++) {
      assertRefused(PartnerHttp.soap(auth(), bomb), "xml-doctype-refused", "lollollol");
    }
    assertEquals(200, new Http().get("/health/ready").statusCode(), "the server stays healthy");
    HttpResponse<String> after =
        PartnerHttp.soap(
            auth(),
            PartnerHttp.envelope("after-" + UUID.randomUUID(), customer.id(), "customer.name"));
    assertEquals(200, after.statusCode(), after.body());
    assertTrue(after.body().contains(customer.name()), "and answers the next partner as before");
  }

  @Test
  void malformedEnvelopesAreSoapFaults() {
    assertRefused(
        PartnerHttp.soap(auth(), OPEN + "<requestId>x</requestId>"), "malformed-envelope", null);
    assertRefused(PartnerHttp.soap(auth(), "this is not XML"), "malformed-envelope", null);
    assertRefused(
        PartnerHttp.soap(auth(), "<Envelope><Body>" + request("x") + "</Body></Envelope>"),
        "malformed-envelope",
        null);
    assertRefused(
        PartnerHttp.soap(auth(), request("x").replace("requestCustomerData", "dropTables")),
        "unknown-operation",
        null);
    assertAudited(
        "malformed-envelope", "malformed-envelope", "malformed-envelope", "unknown-operation");
  }

  @Test
  void anOversizedBodyIsRefusedUnread() {
    String huge = request("x".repeat(70 * 1024));
    HttpResponse<String> refused = PartnerHttp.soap(auth(), huge);
    assertEquals(413, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("gv:request-too-large"), refused.body());
    assertAudited("request-too-large");
  }

  @Test
  void wrongOrMissingCredentialsAreA401FaultAndRecorded() {
    for (String authorization : new String[] {basic(partner.partnerId(), "guess"), null}) {
      HttpResponse<String> refused = PartnerHttp.soap(authorization, request("x"));
      assertEquals(401, refused.statusCode(), refused.body());
      assertTrue(
          refused.body().contains("<faultcode>gv:unauthenticated</faultcode>"), refused.body());
      assertFalse(refused.body().contains(customer.name()));
    }
    assertEquals(List.of(), Partners.ledgerOf(customer.id()));
    assertAudited("unauthenticated");
  }

  private String auth() {
    return basic(partner.partnerId(), partner.secret());
  }

  private void assertRefused(HttpResponse<String> response, String code, String mustNotContain) {
    assertEquals(500, response.statusCode(), response.body());
    assertTrue(response.body().contains("<faultcode>gv:" + code + "</faultcode>"), response.body());
    assertFalse(response.body().contains(customer.name()), "nothing released");
    if (mustNotContain != null) {
      assertFalse(response.body().contains(mustNotContain), response.body());
    }
    assertEquals(List.of(), Partners.ledgerOf(customer.id()), "no release was even decided");
  }

  private void assertAudited(String... codes) {
    assertEquals(
        java.util.Arrays.stream(codes).sorted().toList(),
        Partners.auditCodesOf(partner.partnerId()));
  }
}
