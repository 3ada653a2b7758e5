package net.genvoice.sandbox.credit;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SOAP 1.1 envelopes in and out. Parsing refuses any DOCTYPE, so neither external entities (XXE)
 * nor entity expansion (billion laughs) can happen, and never fetches anything.
 */
final class SoapMessages {

  static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String AGENCY = "http://credit-agency.example/inquiry/v1";

  private SoapMessages() {}

  /** The body's first element, or null when the message is not a SOAP 1.1 envelope. */
  static Element bodyOf(InputStream in) throws IOException {
    try {
      Document document = parser().parse(in);
      Element envelope = document.getDocumentElement();
      if (!ENVELOPE.equals(envelope.getNamespaceURI())
          || !"Envelope".equals(envelope.getLocalName())) {
        return null;
      }
      Element body = child(envelope, ENVELOPE, "Body");
      return body == null ? null : firstElement(body);
    } catch (SAXException | ParserConfigurationException e) {
      return null;
    }
  }

  /** The text of the named child in the agency's namespace; null when absent or blank. */
  static String text(Element parent, String name) {
    Element child = parent == null ? null : child(parent, AGENCY, name);
    String text = child == null ? null : child.getTextContent().strip();
    return text == null || text.isEmpty() ? null : text;
  }

  static Element child(Element parent, String namespace, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && namespace.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        return element;
      }
    }
    return null;
  }

  static String envelope(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\""
        + ENVELOPE
        + "\"><soap:Body>"
        + body
        + "</soap:Body></soap:Envelope>";
  }

  /** A fault; {@code detailCode} non-null adds the agency's InquiryFault detail. */
  static String fault(String faultCode, String message, String detailCode) {
    String detail =
        detailCode == null
            ? ""
            : "<detail><c:InquiryFault xmlns:c=\""
                + AGENCY
                + "\"><c:code>"
                + escape(detailCode)
                + "</c:code><c:message>"
                + escape(message)
                + "</c:message></c:InquiryFault></detail>";
    return envelope(
        "<soap:Fault><faultcode>soap:"
            + faultCode
            + "</faultcode><faultstring>"
            + escape(message)
            + "</faultstring>"
            + detail
            + "</soap:Fault>");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static Element firstElement(Element parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        return element;
      }
    }
    return null;
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler()); // no stack traces on stderr for bad input
    return builder;
  }
}
