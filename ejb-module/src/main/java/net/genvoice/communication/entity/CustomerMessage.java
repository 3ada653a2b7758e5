package net.genvoice.communication.entity;

import jakarta.persistence.Cacheable;
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
 * P12, P13: one message to one customer, sent or held back, with the reason. A campaign's messages
 * are written set-based when it starts (control.AudienceQuery): pending for the audience,
 * suppressed for everyone else; each pending one is decided at the moment it is sent.
 */
@Entity
@Cacheable(false)
@Table(name = "customer_message")
@NamedQuery(
    name = CustomerMessage.OF_CUSTOMER,
    query =
        "select m from CustomerMessage m where m.customerId = :customer"
            + " order by m.createdAt desc, m.id")
@NamedQuery(
    name = CustomerMessage.COUNTS_OF_CAMPAIGN,
    query =
        "select m.status, count(m) from CustomerMessage m where m.campaignId = :campaign"
            + " group by m.status")
public class CustomerMessage {

  public static final String OF_CUSTOMER = "CustomerMessage.ofCustomer";
  public static final String COUNTS_OF_CAMPAIGN = "CustomerMessage.countsOfCampaign";
  static final int REASON_MAX = 80;

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "customer_id")
  private String customerId;

  @NotPersonal
  @Column(name = "campaign_id")
  private String campaignId;

  @PersonalData(PiCategory.CONTACT)
  @Enumerated(EnumType.STRING)
  @Column(name = "message_type")
  private MessageType type;

  @PersonalData(PiCategory.CONTACT)
  @Enumerated(EnumType.STRING)
  private Channel channel;

  @PersonalData(PiCategory.CONTACT)
  private String subject;

  @PersonalData(PiCategory.CONTACT)
  @Enumerated(EnumType.STRING)
  private MessageStatus status;

  @PersonalData(PiCategory.CONTACT)
  private String reason;

  @NotPersonal
  @Column(name = "provider_reference")
  private String providerReference;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "created_at")
  private Instant createdAt;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected CustomerMessage() {}

  /** A transactional message about to be handed to its provider (P13). */
  public static CustomerMessage transactional(
      String customerId, MessageType type, Channel channel, String subject, Instant now) {
    CustomerMessage message = new CustomerMessage();
    message.id = UUID.randomUUID().toString();
    message.customerId = customerId;
    message.type = type;
    message.channel = channel;
    message.subject = subject;
    message.status = MessageStatus.PENDING;
    message.createdAt = now;
    return message;
  }

  public void sent(String reference, Instant now) {
    this.status = MessageStatus.SENT;
    this.providerReference = reference;
    this.reason = null;
    this.decidedAt = now;
  }

  public void suppressed(SuppressionReason why, Instant now) {
    this.status = MessageStatus.SUPPRESSED;
    this.reason = why.code();
    this.decidedAt = now;
  }

  /**
   * P23: not sent because the policy engine refused to release the customer's details to the
   * provider; the reason names the engine's code.
   */
  public void notReleased(String denialCode, Instant now) {
    this.status = MessageStatus.SUPPRESSED;
    String why = SuppressionReason.releaseDenied(denialCode);
    this.reason = why.length() <= REASON_MAX ? why : why.substring(0, REASON_MAX);
    this.decidedAt = now;
  }

  public void failed(SuppressionReason why, Instant now) {
    this.status = MessageStatus.FAILED;
    this.reason = why.code();
    this.decidedAt = now;
  }

  public boolean isPending() {
    return status == MessageStatus.PENDING;
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public String campaignId() {
    return campaignId;
  }

  public MessageType type() {
    return type;
  }

  public Channel channel() {
    return channel;
  }

  public String subject() {
    return subject;
  }

  public MessageStatus status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public String providerReference() {
    return providerReference;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
