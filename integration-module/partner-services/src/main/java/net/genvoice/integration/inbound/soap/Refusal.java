package net.genvoice.integration.inbound.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The detail of every refusal: the stable code (a policy reason code such as {@code
 * field-not-allowed}, or {@code invalid-input}, {@code customer-not-found} ...), the message, and
 * for a policy denial the id of its ledger entry.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    name = "Refusal",
    propOrder = {"code", "message", "releaseId"})
public class Refusal {

  public String code;
  public String message;
  public String releaseId;

  public Refusal() {}

  Refusal(String code, String message, String releaseId) {
    this.code = code;
    this.message = message;
    this.releaseId = releaseId;
  }
}
