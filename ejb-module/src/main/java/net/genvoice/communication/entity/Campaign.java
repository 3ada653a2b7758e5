package net.genvoice.communication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;

/**
 * P12: a marketing campaign on one channel, created by marketing staff and run once. Its audience
 * is computed when it starts; its messages are in {@link CustomerMessage}.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.ALL, query = "select c from Campaign c order by c.createdAt desc")
@NamedQuery(
    name = Campaign.RUNNING,
    query = "select c from Campaign c where c.status = :status order by c.startedAt")
public class Campaign {

  public static final String ALL = "Campaign.all";
  public static final String RUNNING = "Campaign.running";

  @Id @NotPersonal private String id;

  @NotPersonal private String name;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private Channel channel;

  @NotPersonal private String subject;

  @NotPersonal private String body;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private CampaignStatus status;

  @NotPersonal
  @Column(name = "created_by")
  private String createdBy;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  @NotPersonal
  @Column(name = "started_by")
  private String startedBy;

  @NotPersonal
  @Column(name = "started_at")
  private Instant startedAt;

  @NotPersonal
  @Column(name = "completed_at")
  private Instant completedAt;

  @NotPersonal @Version private long version;

  protected Campaign() {}

  public Campaign(
      String name,
      Channel channel,
      String subject,
      String body,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.name = name;
    this.channel = channel;
    this.subject = subject;
    this.body = body;
    this.status = CampaignStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void start(String staffId, Instant now) {
    this.status = CampaignStatus.RUNNING;
    this.startedBy = staffId;
    this.startedAt = now;
  }

  public void complete(Instant now) {
    this.status = CampaignStatus.COMPLETED;
    this.completedAt = now;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Channel channel() {
    return channel;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public CampaignStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
