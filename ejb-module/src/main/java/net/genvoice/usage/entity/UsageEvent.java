package net.genvoice.usage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P04: one request as usage data, already minimised to what the visitor's consent allows (see
 * {@code UsageRows}): without analytics consent it carries no identifier that outlives the session
 * and only a truncated address; without personalisation consent no customer. Written in batches
 * over JDBC by {@code UsageEvents}, read here; erased after the retention period.
 */
@Entity
@Table(name = "usage_event")
public class UsageEvent {

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "occurred_at")
  private Instant occurredAt;

  /** The Monday (UTC) of the ISO week of {@code occurredAt}: what the report groups by. */
  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "week_start")
  private LocalDate weekStart;

  /** A {@link Feature} code. */
  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  private String feature;

  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "ip_address")
  private String ipAddress;

  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "device_id")
  private String deviceId;

  /** The analytics cookie's value: links visits across sessions, only with analytics consent. */
  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "visitor_id")
  private String visitorId;

  /** A digest of the session id: links the requests of one session, never across sessions. */
  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "session_ref")
  private String sessionRef;

  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  private String browser;

  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "device_type")
  private String deviceType;

  /** The signed-in customer, only with personalisation consent (their recommendations). */
  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "customer_id")
  private String customerId;

  protected UsageEvent() {}

  public String id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public LocalDate weekStart() {
    return weekStart;
  }

  public String feature() {
    return feature;
  }

  public String customerId() {
    return customerId;
  }
}
