package net.genvoice.partner.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P19, P23: a partner's credential, tied to the partner's entry in the recipient registry, so that
 * a partner can only ever ask as the recipient it is registered as. Only the SHA-256 of the 256-bit
 * random secret is kept: a copy of the database authenticates nobody. Never cached beyond one
 * transaction.
 */
@Entity
@Table(name = "partner_credential")
@Cacheable(false) // a rotation or deactivation on another server instance takes effect at once
@NamedQuery(
    name = PartnerCredential.ALL,
    query = "select p from PartnerCredential p order by p.partnerId")
public class PartnerCredential {

  public static final String ALL = "PartnerCredential.all";

  @Id
  @NotPersonal
  @Column(name = "partner_id")
  private String partnerId;

  @NotPersonal
  @Column(name = "recipient_id")
  private String recipientId;

  @PersonalData(PiCategory.CREDENTIALS)
  @Column(name = "secret_hash")
  private String secretHash;

  @NotPersonal private boolean active;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  @NotPersonal
  @Column(name = "rotated_at")
  private Instant rotatedAt;

  /** The staff member (or "system" for the development seed) who last issued or changed it. */
  @PersonalData(PiCategory.ACCOUNT_RELATIONS)
  @Column(name = "changed_by")
  private String changedBy;

  @NotPersonal @Version private long version;

  protected PartnerCredential() {}

  public PartnerCredential(
      String partnerId, String recipientId, String secretHash, Instant now, String changedBy) {
    this.partnerId = partnerId;
    this.recipientId = recipientId;
    this.secretHash = secretHash;
    this.active = true;
    this.createdAt = now;
    this.rotatedAt = now;
    this.changedBy = changedBy;
  }

  /** A new secret replaces the old one at once; a rotated credential is active again. */
  public void rotate(String newSecretHash, Instant now, String by) {
    this.secretHash = newSecretHash;
    this.active = true;
    this.rotatedAt = now;
    this.changedBy = by;
  }

  public void deactivate(Instant now, String by) {
    this.active = false;
    this.rotatedAt = now;
    this.changedBy = by;
  }

  public String partnerId() {
    return partnerId;
  }

  public String recipientId() {
    return recipientId;
  }

  public String secretHash() {
    return secretHash;
  }

  public boolean isActive() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant rotatedAt() {
    return rotatedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
