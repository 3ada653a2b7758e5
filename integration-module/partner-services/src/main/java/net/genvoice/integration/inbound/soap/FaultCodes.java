package net.genvoice.integration.inbound.soap;

import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import net.genvoice.integration.inbound.access.PartnerRefusals;

/**
 * Makes the faultcode of a declared refusal its stable code in GenVoice's namespace ({@code
 * gv:field-not-allowed}), so a client that reads only faultcodes still learns why; the detail
 * carries the same code for clients generated from the WSDL.
 */
public class FaultCodes implements SOAPHandler<SOAPMessageContext> {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,59}");
  private static final QName REFUSAL = new QName(PartnerRefusals.NAMESPACE, "refusal");

  @Override
  public boolean handleFault(SOAPMessageContext context) {
    try {
      SOAPFault fault = context.getMessage().getSOAPBody().getFault();
      Detail detail = fault == null ? null : fault.getDetail();
      if (detail == null) {
        return true;
      }
      Iterator<?> refusals = detail.getChildElements(REFUSAL);
      if (refusals.hasNext() && refusals.next() instanceof SOAPElement refusal) {
        Iterator<?> codes = refusal.getChildElements(new QName("code"));
        if (codes.hasNext() && codes.next() instanceof SOAPElement code) {
          String value = code.getValue();
          if (value != null && CODE.matcher(value).matches()) {
            fault.setFaultCode(new QName(PartnerRefusals.NAMESPACE, value, "gv"));
          }
        }
      }
    } catch (SOAPException e) {
      // the fault goes out with the runtime's own faultcode; its detail still names the code
    }
    return true;
  }

  @Override
  public boolean handleMessage(SOAPMessageContext context) {
    return true;
  }

  @Override
  public void close(MessageContext context) {}

  @Override
  public Set<QName> getHeaders() {
    return Set.of();
  }
}
