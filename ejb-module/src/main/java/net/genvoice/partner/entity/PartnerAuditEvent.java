package net.genvoice.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * A partner call refused before the policy engine could decide on a known subject: wrong or missing
 * credentials, an unknown customer, a malformed or hostile request. Calls about a known subject are
 * recorded in that subject's disclosure ledger instead (permitted or denied). Only ever inserted.
 */
@Entity
@Table(name = "partner_audit_event")
@NamedQuery(
    name = PartnerAuditEvent.LATEST,
    query = "select e from PartnerAuditEvent e order by e.occurredAt desc, e.id")
public class PartnerAuditEvent {

  public static final String LATEST = "PartnerAuditEvent.latest";

  @Id @NotPersonal private String id;

  @NotPersonal
  @Column(name = "occurred_at")
  private Instant occurredAt;

  /** The partner id the caller claimed (or authenticated as); null when it named none. */
  @NotPersonal
  @Column(name = "partner_id")
  private String partnerId;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private PartnerChannel channel;

  /** The stable code of the refusal, such as "unauthenticated" or "xml-doctype-refused". */
  @NotPersonal private String code;

  @NotPersonal
  @Column(name = "request_id")
  private String requestId;

  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "remote_address")
  private String remoteAddress;

  protected PartnerAuditEvent() {}

  public PartnerAuditEvent(
      Instant occurredAt,
      String partnerId,
      PartnerChannel channel,
      String code,
      String requestId,
      String remoteAddress) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = occurredAt;
    this.partnerId = partnerId;
    this.channel = channel;
    this.code = code;
    this.requestId = requestId;
    this.remoteAddress = remoteAddress;
  }

  public String id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String partnerId() {
    return partnerId;
  }

  public PartnerChannel channel() {
    return channel;
  }

  public String code() {
    return code;
  }

  public String requestId() {
    return requestId;
  }
}
