package net.genvoice.disclosure.ledger.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P18, P23: one entry of a subject's disclosure ledger. Append-only: no setter changes what it
 * records; {@link #seal} sets the hash once. Never cached beyond one transaction, so verification
 * reads what the database holds.
 */
@Entity
@Table(name = "disclosure_ledger_entry")
@Cacheable(false)
@NamedQuery(
    name = LedgerEntry.CHAIN_OF,
    query = "select e from LedgerEntry e where e.subjectId = :subject order by e.sequence")
public class LedgerEntry {

  public static final String CHAIN_OF = "LedgerEntry.chainOf";

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "subject_id")
  private String subjectId;

  @NotPersonal
  @Column(name = "seq_no")
  private long sequence;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type")
  private EntryType type;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "recorded_at_micros")
  private long recordedAtMicros;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "recipient_id")
  private String recipientId;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "recipient_name")
  private String recipientName;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis")
  private LegalBasis basis;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "legal_reference")
  private String reference;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "issuing_authority")
  private String issuingAuthority;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "data_categories")
  private String dataCategories;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "field_names")
  private String fieldNames;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "request_id")
  private String requestId;

  @NotPersonal
  @Column(name = "release_id")
  private String releaseId;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "reason_code")
  private String reasonCode;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  private String explanation;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  private String outcome;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "outcome_detail")
  private String detail;

  @NotPersonal
  @Column(name = "previous_hash")
  private String previousHash;

  @NotPersonal
  @Column(name = "entry_hash")
  private String entryHash;

  protected LedgerEntry() {}

  public LedgerEntry(LedgerFacts facts, long sequence, Instant recordedAt, String previousHash) {
    this.id = UUID.randomUUID().toString();
    this.subjectId = facts.subjectId();
    this.sequence = sequence;
    this.type = facts.type();
    this.recordedAtMicros = ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt);
    this.recipientId = facts.recipientId();
    this.recipientName = facts.recipientName();
    this.purpose = facts.purpose();
    this.basis = facts.basis();
    this.reference = facts.reference();
    this.issuingAuthority = facts.issuingAuthority();
    this.dataCategories =
        facts.fields().isEmpty()
            ? null
            : String.join(",", facts.fields().categories().stream().map(Enum::name).toList());
    this.fieldNames =
        facts.fields().isEmpty() ? null : String.join(",", facts.fields().fieldNames());
    this.requestId = facts.requestId();
    this.releaseId = facts.releaseId();
    this.reasonCode = facts.reasonCode();
    this.explanation = facts.explanation();
    this.outcome = facts.outcome();
    this.detail = facts.detail();
    this.previousHash = previousHash;
  }

  /** Sets the entry's hash, once, before it is persisted. */
  public void seal(String hash) {
    if (entryHash != null) {
      throw new IllegalStateException("Entry " + id + " is already sealed");
    }
    this.entryHash = hash;
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

  public EntryType type() {
    return type;
  }

  public long recordedAtMicros() {
    return recordedAtMicros;
  }

  public Instant recordedAt() {
    return Instant.EPOCH.plus(recordedAtMicros, ChronoUnit.MICROS);
  }

  public String recipientId() {
    return recipientId;
  }

  public String recipientName() {
    return recipientName;
  }

  public Purpose purpose() {
    return purpose;
  }

  public LegalBasis basis() {
    return basis;
  }

  public String reference() {
    return reference;
  }

  public String issuingAuthority() {
    return issuingAuthority;
  }

  /** The categories as stored: comma-separated {@code PiCategory} names, or null. */
  public String dataCategories() {
    return dataCategories;
  }

  /** The field wire names as stored: comma-separated, or null. */
  public String fieldNames() {
    return fieldNames;
  }

  public List<String> fieldNameList() {
    return fieldNames == null ? List.of() : Arrays.asList(fieldNames.split(","));
  }

  public List<String> categoryList() {
    return dataCategories == null ? List.of() : Arrays.asList(dataCategories.split(","));
  }

  public String requestId() {
    return requestId;
  }

  public String releaseId() {
    return releaseId;
  }

  public String reasonCode() {
    return reasonCode;
  }

  public String explanation() {
    return explanation;
  }

  public String outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  public String previousHash() {
    return previousHash;
  }

  public String entryHash() {
    return entryHash;
  }
}
