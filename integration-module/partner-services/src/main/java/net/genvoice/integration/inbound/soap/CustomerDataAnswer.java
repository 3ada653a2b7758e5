package net.genvoice.integration.inbound.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import net.genvoice.partner.boundary.CustomerDataView;

/** A permitted answer: the ledger's release id and exactly the permitted fields' values. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    name = "CustomerDataAnswer",
    propOrder = {"requestId", "releaseId", "fields"})
public class CustomerDataAnswer {

  public String requestId;
  public String releaseId;

  @XmlElement(name = "field")
  public List<DataField> fields = new ArrayList<>();

  static CustomerDataAnswer of(CustomerDataView view) {
    CustomerDataAnswer answer = new CustomerDataAnswer();
    answer.requestId = view.requestId();
    answer.releaseId = view.releaseId();
    view.data().forEach((name, value) -> answer.fields.add(new DataField(name, value)));
    return answer;
  }
}
