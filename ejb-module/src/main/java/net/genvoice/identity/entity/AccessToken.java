package net.genvoice.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P27: an opaque, random, revocable token. Only its SHA-256 is stored, so a copy of the database
 * signs nobody in.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(
    name = AccessToken.LIVE_OF,
    query =
        "select t from AccessToken t where t.principalId = :principal and t.purpose = :purpose"
            + " and t.revokedAt is null")
public class AccessToken {

  public static final String LIVE_OF = "AccessToken.liveOf";

  @Id
  @PersonalData(PiCategory.CREDENTIALS)
  @Column(name = "token_hash")
  private String tokenHash;

  @PersonalData(PiCategory.ACCOUNT_RELATIONS)
  @Column(name = "principal_id")
  private String principalId;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  @Column(name = "principal_kind")
  private PrincipalKind principalKind;

  /** Company-directory staff only: the directory's roles at issue time, comma-separated. */
  @NotPersonal
  @Column(name = "directory_roles")
  private String directoryRoles;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private TokenPurpose purpose;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  @NotPersonal
  @Column(name = "expires_at")
  private Instant expiresAt;

  @NotPersonal
  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected AccessToken() {}

  public AccessToken(
      String tokenHash,
      String principalId,
      PrincipalKind principalKind,
      Set<String> directoryRoles,
      TokenPurpose purpose,
      Instant createdAt,
      Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.principalId = principalId;
    this.principalKind = principalKind;
    this.directoryRoles =
        directoryRoles.isEmpty() ? null : String.join(",", new TreeSet<>(directoryRoles));
    this.purpose = purpose;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isLiveAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public String principalId() {
    return principalId;
  }

  public PrincipalKind principalKind() {
    return principalKind;
  }

  public Set<String> directoryRoles() {
    return directoryRoles == null ? Set.of() : Set.of(directoryRoles.split(","));
  }

  public TokenPurpose purpose() {
    return purpose;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
