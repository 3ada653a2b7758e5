package net.genvoice.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P17: one event of a customer's consent history, granted or withdrawn, with its evidence. The
 * history is append-only: this class has no setters and nothing in GenVoice updates or deletes a
 * row; the current state is derived from the latest event of each {@link ConsentKey}.
 */
@Entity
@Table(name = "consent_event")
@NamedQuery(
    name = ConsentEvent.HISTORY_OF,
    query = "select e from ConsentEvent e where e.subjectId = :subject order by e.sequence")
@NamedQuery(
    name = ConsentEvent.LATEST_OF,
    query = "select e from ConsentEvent e where e.subjectId = :subject order by e.sequence desc")
public class ConsentEvent {

  public static final String HISTORY_OF = "ConsentEvent.historyOf";

  public static final String LATEST_OF = "ConsentEvent.latestOf";

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "subject_id")
  private String subjectId;

  /**
   * The event's place in its subject's history, 1, 2, 3...: "latest" is decided by this, not by the
   * time, which MySQL/MariaDB may keep only to the second.
   */
  @NotPersonal
  @Column(name = "seq_no")
  private long sequence;

  @PersonalData(PiCategory.CONSENT)
  @Enumerated(EnumType.STRING)
  private ConsentPurpose purpose;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "recipient_id")
  private String recipientId;

  @PersonalData(PiCategory.CONSENT)
  private String scope;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "data_scope")
  private String dataScope;

  @PersonalData(PiCategory.CONSENT)
  private boolean granted;

  @PersonalData(PiCategory.CONSENT)
  @Enumerated(EnumType.STRING)
  private ConsentChannel channel;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "text_shown")
  private String textShown;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "text_version")
  private String textVersion;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "captured_by")
  private String capturedBy;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "call_reference")
  private String callReference;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "document_reference")
  private String documentReference;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "recorded_at")
  private Instant recordedAt;

  @PersonalData(PiCategory.DEVICE_AND_SESSION)
  @Column(name = "source_ip")
  private String sourceIp;

  protected ConsentEvent() {}

  public ConsentEvent(
      String subjectId,
      long sequence,
      ConsentKey key,
      List<PiCategory> data,
      boolean granted,
      ConsentEvidence evidence,
      Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.subjectId = subjectId;
    this.sequence = sequence;
    this.purpose = key.purpose();
    this.recipientId = key.recipientId();
    this.scope = key.scope();
    this.dataScope =
        data.isEmpty() ? null : data.stream().map(Enum::name).collect(Collectors.joining(","));
    this.granted = granted;
    this.channel = evidence.channel();
    this.textShown = evidence.textShown();
    this.textVersion = evidence.textVersion();
    this.capturedBy = evidence.capturedBy();
    this.callReference = evidence.callReference();
    this.documentReference = evidence.documentReference();
    this.sourceIp = evidence.sourceAddress();
    this.recordedAt = recordedAt;
  }

  public ConsentKey key() {
    return new ConsentKey(purpose, recipientId, scope);
  }

  public ConsentEvidence evidence() {
    return new ConsentEvidence(
        channel, textShown, textVersion, capturedBy, callReference, documentReference, sourceIp);
  }

  /** P17: the categories of personal information a disclosure consent covers; else empty. */
  public List<PiCategory> data() {
    return dataScope == null
        ? List.of()
        : Arrays.stream(dataScope.split(",")).map(PiCategory::valueOf).toList();
  }

  public String id() {
    return id;
  }

  public String subjectId() {
    return subjectId;
  }

  public long sequence() {
    return sequence;
  }

  public ConsentPurpose purpose() {
    return purpose;
  }

  public boolean isGranted() {
    return granted;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
