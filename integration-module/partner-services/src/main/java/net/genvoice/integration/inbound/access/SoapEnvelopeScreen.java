package net.genvoice.integration.inbound.access;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a SOAP request once with a parser that supports no DTD and resolves no external entity,
 * before the SOAP runtime parses it. SOAP 1.1 forbids a document type declaration in a message
 * (section 3), so any DTD is refused outright: an external entity (XXE) is never fetched and an
 * entity bomb (billion laughs) never expanded. Anything else that is not a well-formed SOAP 1.1
 * envelope with a body is refused as malformed, and a body whose first element is none of the
 * service's operations as an unknown operation. The answer is a refusal code, or empty to go on.
 */
public final class SoapEnvelopeScreen {

  public static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
  public static final String DOCTYPE_REFUSED = "xml-doctype-refused";
  public static final String MALFORMED = "malformed-envelope";
  public static final String UNKNOWN_OPERATION = "unknown-operation";

  private static final XMLInputFactory FACTORY = hardenedFactory();

  private SoapEnvelopeScreen() {}

  public static Optional<String> refusalOf(byte[] body, Set<QName> operations) {
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
      boolean root = true;
      boolean body11 = false;
      boolean first = true;
      boolean operation = false;
      int depth = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          return Optional.of(DOCTYPE_REFUSED);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (root && !isSoap11(reader, "Envelope")) {
            return Optional.of(MALFORMED);
          }
          if (depth == 3 && body11 && first) {
            operation = operations.contains(reader.getName());
            first = false;
          }
          root = false;
          body11 |= depth == 2 && isSoap11(reader, "Body");
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      if (root || !body11) {
        return Optional.of(MALFORMED);
      }
      return operation ? Optional.empty() : Optional.of(UNKNOWN_OPERATION);
    } catch (XMLStreamException | RuntimeException e) {
      return Optional.of(MALFORMED);
    } finally {
      close(reader);
    }
  }

  private static boolean isSoap11(XMLStreamReader reader, String localName) {
    return SOAP_11.equals(reader.getNamespaceURI()) && localName.equals(reader.getLocalName());
  }

  /** The JDK's own StAX parser: no DTD, no external entities, no entity replacement. */
  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("External entities are never resolved");
        });
    return factory;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing was held open beyond the byte array
      }
    }
  }
}
