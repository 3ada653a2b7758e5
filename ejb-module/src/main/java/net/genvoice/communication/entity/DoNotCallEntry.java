package net.genvoice.communication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P12: a number on GenVoice's own do-not-call list, added on request and kept for {@link
 * #RETENTION_YEARS} years from the latest request; then a timer purges it.
 */
@Entity
@Table(name = "do_not_call_entry")
@NamedQuery(
    name = DoNotCallEntry.BY_PHONE,
    query = "select d from DoNotCallEntry d where d.phone = :phone")
@NamedQuery(
    name = DoNotCallEntry.CURRENT,
    query =
        "select d from DoNotCallEntry d where d.expiresAt > :now and d.phone like :phone"
            + " order by d.requestedAt desc, d.phone")
@NamedQuery(
    name = DoNotCallEntry.PURGE,
    query = "delete from DoNotCallEntry d where d.expiresAt <= :now")
public class DoNotCallEntry {

  public static final String BY_PHONE = "DoNotCallEntry.byPhone";
  public static final String CURRENT = "DoNotCallEntry.current";
  public static final String PURGE = "DoNotCallEntry.purge";

  /** How long a request not to be called holds. */
  public static final int RETENTION_YEARS = 5;

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.CONTACT)
  private String phone;

  @PersonalData(PiCategory.CONSENT)
  private String note;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "requested_at")
  private Instant requestedAt;

  @PersonalData(PiCategory.CONSENT)
  @Column(name = "expires_at")
  private Instant expiresAt;

  @NotPersonal
  @Column(name = "added_by")
  private String addedBy;

  protected DoNotCallEntry() {}

  public DoNotCallEntry(String phone, String note, String addedBy, Instant requestedAt) {
    this.id = UUID.randomUUID().toString();
    this.phone = phone;
    this.addedBy = addedBy;
    renew(note, requestedAt);
  }

  /** A new request for a number already on the list: its five years start again. */
  public void renew(String newNote, Instant requested) {
    if (newNote != null) {
      this.note = newNote;
    }
    this.requestedAt = requested;
    this.expiresAt = requested.atOffset(ZoneOffset.UTC).plusYears(RETENTION_YEARS).toInstant();
  }

  public boolean isCurrentAt(Instant now) {
    return expiresAt.isAfter(now);
  }

  public String id() {
    return id;
  }

  public String phone() {
    return phone;
  }

  public String note() {
    return note;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String addedBy() {
    return addedBy;
  }
}
