package net.genvoice.integration.inbound.soap;

import jakarta.xml.ws.WebFault;
import net.genvoice.integration.inbound.access.PartnerRefusals;

/** The declared fault of the affiliate service; it carries no stack trace to the client. */
@WebFault(name = "refusal", targetNamespace = PartnerRefusals.NAMESPACE)
public class RequestRefusedFault extends Exception {

  private final transient Refusal faultInfo;

  public RequestRefusedFault(String message, Refusal faultInfo) {
    super(message, null, false, false);
    this.faultInfo = faultInfo;
  }

  public RequestRefusedFault(String message, Refusal faultInfo, Throwable cause) {
    this(message, faultInfo);
  }

  public Refusal getFaultInfo() {
    return faultInfo;
  }
}
