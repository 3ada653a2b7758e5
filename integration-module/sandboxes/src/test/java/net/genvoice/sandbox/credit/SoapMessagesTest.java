package net.genvoice.sandbox.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The sandbox parses SOAP safely: no DOCTYPE, so no external entity and no entity expansion. */
class SoapMessagesTest {

  private static final String INQUIRY =
      "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
          + " xmlns:c=\"http://credit-agency.example/inquiry/v1\"><soap:Body>"
          + "<c:CreditInquiryRequest><c:reference>%s</c:reference></c:CreditInquiryRequest>"
          + "</soap:Body></soap:Envelope>";

  @Test
  void readsTheBodyOfAnEnvelope() throws Exception {
    Element body = SoapMessages.bodyOf(stream(String.format(INQUIRY, "app-1")));

    assertEquals("CreditInquiryRequest", body.getLocalName());
    assertEquals("app-1", SoapMessages.text(body, "reference"));
  }

  @Test
  void refusesAnExternalEntity() throws Exception {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + String.format(INQUIRY, "&x;");

    assertNull(SoapMessages.bodyOf(stream(xxe)));
  }

  @Test
  void refusesEntityExpansion() throws Exception {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"lol\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + String.format(INQUIRY, "&c;");

    assertNull(SoapMessages.bodyOf(stream(laughs)));
  }

  @Test
  void refusesWhatIsNotASoapEnvelope() throws Exception {
    assertNull(SoapMessages.bodyOf(stream("<inquiry/>")));
    assertNull(SoapMessages.bodyOf(stream("not xml")));
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
