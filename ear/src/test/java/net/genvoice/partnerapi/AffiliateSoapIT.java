package net.genvoice.partnerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.genvoice.partnerapi.AffiliateSoapCall.Answer;
import net.genvoice.partnerapi.AffiliateSoapCall.Refused;
import net.genvoice.partnerapi.Partners.Entry;
import net.genvoice.partnerapi.Partners.Partner;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The affiliate SOAP service through a client generated from the WSDL the running server publishes
 * (P19, P23): a permitted request answers exactly the permitted fields, a denied one is the
 * declared fault with the policy's reason code, and both are in the customer's ledger.
 */
class AffiliateSoapIT {

  private static AffiliateSoapCall client;

  private final PartnerCustomer customer = PartnerCustomer.signedUp();
  private final Partner directory = Partners.affiliate("customer.name", "customer.phone");

  @BeforeAll
  static void generateTheClientFromTheLiveWsdl() throws Exception {
    client =
        GeneratedAffiliateClient.generate(
            new URL(SystemUnderTest.baseUrl() + PartnerHttp.SOAP + "?wsdl"));
  }

  @Test
  void theWsdlAndItsSchemaArePublishedWithoutCredentials() {
    HttpResponse<String> wsdl = new Http().get(PartnerHttp.SOAP + "?wsdl");
    assertEquals(200, wsdl.statusCode());
    assertTrue(wsdl.body().contains("name=\"AffiliateService\""), wsdl.body());
    assertTrue(wsdl.body().contains("RequestRefusedFault"), "the refusal is a declared fault");
    HttpResponse<String> schema = new Http().get(PartnerHttp.SOAP + "?xsd=1");
    assertEquals(200, schema.statusCode());
    assertTrue(schema.body().contains("CustomerDataQuery"), schema.body());
  }

  @Test
  void aPermittedRequestAnswersExactlyThePermittedFields() throws Refused {
    String requestId = "soap-" + UUID.randomUUID();
    Answer answer =
        client.request(
            directory.partnerId(),
            directory.secret(),
            requestId,
            customer.id(),
            List.of("customer.name", "customer.phone"));

    assertEquals(requestId, answer.requestId());
    assertEquals(
        Map.of("customer.name", customer.name(), "customer.phone", customer.phone()),
        answer.fields());
    List<Entry> recorded = Partners.ledgerOf(customer.id(), requestId);
    assertEquals(
        List.of("RELEASE"),
        recorded.stream().map(Entry::type).toList(),
        "one entry: the release, carrying its outcome");
    assertEquals(directory.recipientId(), recorded.get(0).recipientId());
    assertEquals("SUCCEEDED", recorded.get(0).outcome());
  }

  @Test
  void aDeniedRequestIsTheDeclaredFaultWithTheReasonCodeAndReleasesNothing() {
    String requestId = "soap-" + UUID.randomUUID();
    Refused refused =
        assertThrows(
            Refused.class,
            () ->
                client.request(
                    directory.partnerId(),
                    directory.secret(),
                    requestId,
                    customer.id(),
                    List.of("customer.name", "customer.email")));

    assertEquals("field-not-allowed", refused.code());
    assertTrue(refused.getMessage().contains("customer.email"), refused.getMessage());
    List<Entry> recorded = Partners.ledgerOf(customer.id(), requestId);
    assertEquals(1, recorded.size(), recorded.toString());
    assertEquals("DENIAL", recorded.get(0).type());
    assertEquals("field-not-allowed", recorded.get(0).reasonCode());
  }

  @Test
  void theFaultcodeItselfIsTheReasonCode() {
    HttpResponse<String> fault =
        PartnerHttp.soap(
            PartnerHttp.basic(directory.partnerId(), directory.secret()),
            PartnerHttp.envelope("raw-" + UUID.randomUUID(), customer.id(), "customer.address"));
    assertEquals(500, fault.statusCode(), fault.body());
    assertTrue(
        fault.body().matches("(?s).*<faultcode[^>]*>gv:field-not-allowed</faultcode>.*"),
        fault.body());
    assertFalse(fault.body().contains("1 Main St"), "nothing released");
    assertFalse(fault.body().contains("at net.genvoice"), "never a stack trace");
  }

  @Test
  void wrongCredentialsReleaseNothingAndAreRecorded() {
    Refused refused =
        assertThrows(
            Refused.class,
            () ->
                client.request(
                    directory.partnerId(),
                    "wrong-secret",
                    "soap-" + UUID.randomUUID(),
                    customer.id(),
                    List.of("customer.name")));
    assertEquals("transport", refused.code());
    assertTrue(refused.getMessage().contains("401"), refused.getMessage());
    assertEquals(List.of(), Partners.ledgerOf(customer.id()));
    assertEquals(List.of("unauthenticated"), Partners.auditCodesOf(directory.partnerId()));
  }
}
