package net.genvoice.integration.inbound.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner's request: its own request id, the customer by {@code customerId} or {@code
 * phoneNumber} (E.164), the purpose ({@code PERFORM_SERVICE}) and one {@code field} element per
 * field wanted ({@code customer.name} ...).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    name = "CustomerDataQuery",
    propOrder = {"requestId", "customerId", "phoneNumber", "purpose", "fields"})
public class CustomerDataQuery {

  @XmlElement(required = true)
  public String requestId;

  public String customerId;
  public String phoneNumber;

  @XmlElement(required = true)
  public String purpose;

  @XmlElement(name = "field", required = true)
  public List<String> fields = new ArrayList<>();
}
