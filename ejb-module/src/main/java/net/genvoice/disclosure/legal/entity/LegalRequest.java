package net.genvoice.disclosure.legal.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P18: a subpoena or court order: the authority (a court or law-enforcement entry of the recipient
 * registry), its reference, the day it was issued, the customers and categories of personal
 * information it names, and until when the customers may not be told (a non-disclosure order).
 */
@Entity
@Table(name = "legal_request")
@Cacheable(false)
@NamedQuery(
    name = LegalRequest.ALL,
    query = "select r from LegalRequest r order by r.recordedAt desc")
@NamedQuery(
    name = LegalRequest.NAMING,
    query = "select distinct r from LegalRequest r join r.subjects s where s = :subject")
public class LegalRequest {

  public static final String ALL = "LegalRequest.all";
  public static final String NAMING = "LegalRequest.naming";

  @Id @NotPersonal private String id;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private LegalRequestKind kind;

  @NotPersonal
  @Column(name = "authority_id")
  private String authorityId;

  @NotPersonal private String reference;

  @NotPersonal
  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @NotPersonal
  @Column(name = "non_disclosure_until")
  private LocalDate nonDisclosureUntil;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private LegalRequestStatus status;

  @NotPersonal
  @Column(name = "recorded_by")
  private String recordedBy;

  @NotPersonal
  @Column(name = "recorded_at")
  private Instant recordedAt;

  @NotPersonal
  @Column(name = "fulfilled_at")
  private Instant fulfilledAt;

  @NotPersonal @Version private long version;

  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "legal_request_subject",
      joinColumns = @JoinColumn(name = "legal_request_id"))
  @Column(name = "subject_id")
  private Set<String> subjects = new TreeSet<>();

  @NotPersonal
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "legal_request_category",
      joinColumns = @JoinColumn(name = "legal_request_id"))
  @Column(name = "category")
  @Enumerated(EnumType.STRING)
  private Set<PiCategory> categories = EnumSet.noneOf(PiCategory.class);

  protected LegalRequest() {}

  public LegalRequest(
      LegalRequestKind kind,
      String authorityId,
      String reference,
      LocalDate issuedOn,
      LocalDate nonDisclosureUntil,
      Collection<String> subjects,
      Collection<PiCategory> categories,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.kind = kind;
    this.authorityId = authorityId;
    this.reference = reference;
    this.issuedOn = issuedOn;
    this.nonDisclosureUntil = nonDisclosureUntil;
    this.subjects.addAll(subjects);
    this.categories.addAll(categories);
    this.status = LegalRequestStatus.RECORDED;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public void fulfilled(Instant when) {
    this.status = LegalRequestStatus.FULFILLED;
    this.fulfilledAt = when;
  }

  public String id() {
    return id;
  }

  public LegalRequestKind kind() {
    return kind;
  }

  public String authorityId() {
    return authorityId;
  }

  public String reference() {
    return reference;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public LocalDate nonDisclosureUntil() {
    return nonDisclosureUntil;
  }

  public LegalRequestStatus status() {
    return status;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Instant fulfilledAt() {
    return fulfilledAt;
  }

  public Set<String> subjects() {
    return Set.copyOf(subjects);
  }

  public Set<PiCategory> categories() {
    return categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
  }
}
