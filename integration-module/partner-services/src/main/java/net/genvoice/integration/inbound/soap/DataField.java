package net.genvoice.integration.inbound.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** One released field: its wire name and its value. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    name = "DataField",
    propOrder = {"name", "value"})
public class DataField {

  public String name;
  public String value;

  public DataField() {}

  DataField(String name, String value) {
    this.name = name;
    this.value = value;
  }
}
