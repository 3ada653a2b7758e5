package net.genvoice.integration.inbound.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class SoapEnvelopeScreenTest {

  private static final String ENVELOPE =
      "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
          + "<gv:requestCustomerData xmlns:gv=\"urn:genvoice:partner:v1\"/></S:Body></S:Envelope>";

  private static final Set<QName> OPERATIONS =
      Set.of(new QName("urn:genvoice:partner:v1", "requestCustomerData"));

  private static Optional<String> screen(String xml) {
    return SoapEnvelopeScreen.refusalOf(xml.getBytes(StandardCharsets.UTF_8), OPERATIONS);
  }

  @Test
  void aSoapEnvelopeWithABodyPasses() {
    assertEquals(Optional.empty(), screen("<?xml version=\"1.0\"?>" + ENVELOPE));
  }

  @Test
  void anExternalEntityIsRefusedAndNeverRead() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE S:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + ENVELOPE.replace("<S:Body>", "<S:Body>&xxe;");
    assertEquals(Optional.of(SoapEnvelopeScreen.DOCTYPE_REFUSED), screen(xxe));
  }

  @Test
  void aBillionLaughsIsRefusedWithoutExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE S:Envelope [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String bomb = dtd + ENVELOPE.replace("<S:Body>", "<S:Body>&lol9;");
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertEquals(Optional.of(SoapEnvelopeScreen.DOCTYPE_REFUSED), screen(bomb)));
  }

  @Test
  void whatIsNotAWellFormedSoap11EnvelopeWithABodyIsMalformed() {
    for (String bad :
        new String[] {
          "",
          "not xml at all",
          ENVELOPE.substring(0, ENVELOPE.length() - 5),
          "<Envelope><Body/></Envelope>",
          "<S:Envelope xmlns:S=\"http://www.w3.org/2003/05/soap-envelope\"><S:Body/></S:Envelope>",
          "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Header/></S:Envelope>"
        }) {
      assertEquals(Optional.of(SoapEnvelopeScreen.MALFORMED), screen(bad), bad);
    }
  }

  @Test
  void aBodyNamingNoOperationOfTheServiceIsRefused() {
    assertEquals(
        Optional.of(SoapEnvelopeScreen.UNKNOWN_OPERATION),
        screen(ENVELOPE.replace("requestCustomerData", "deleteEverything")));
    assertEquals(
        Optional.of(SoapEnvelopeScreen.UNKNOWN_OPERATION),
        screen(
            "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body/></S:Envelope>"));
  }

  @Test
  void refusalsCarryTheCodeAndEscapeTheMessage() {
    String fault = PartnerRefusals.soapFault("unauthenticated", "a <b> & c");
    assertTrue(fault.contains("<faultcode>gv:unauthenticated</faultcode>"), fault);
    assertTrue(fault.contains("a &lt;b&gt; &amp; c"), fault);
    assertEquals(
        Optional.of(SoapEnvelopeScreen.UNKNOWN_OPERATION),
        SoapEnvelopeScreen.refusalOf(fault.getBytes(StandardCharsets.UTF_8), OPERATIONS),
        "well-formed, but a fault is no operation");
    String problem = PartnerRefusals.problem(403, "tls-required", "Say \"no\"");
    assertTrue(problem.contains("\"code\":\"tls-required\""), problem);
    assertTrue(problem.contains("\"status\":403"), problem);
  }
}
