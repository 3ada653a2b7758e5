package net.genvoice.staff.entity;

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
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/** A member of staff who signs in to the staff area of the default run. */
@Entity
@Table(name = "staff_member")
@NamedQuery(
    name = StaffMember.BY_USERNAME,
    query = "select s from StaffMember s where s.username = :username")
@NamedQuery(name = StaffMember.ALL, query = "select s from StaffMember s order by s.username")
public class StaffMember {

  public static final String BY_USERNAME = "StaffMember.byUsername";
  public static final String ALL = "StaffMember.all";

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.IDENTITY)
  private String username;

  @PersonalData(PiCategory.IDENTITY)
  @Column(name = "display_name")
  private String displayName;

  @PersonalData(PiCategory.CREDENTIALS)
  @Column(name = "password_hash")
  private String passwordHash;

  @NotPersonal
  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @NotPersonal private boolean active;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  @NotPersonal @Version private long version;

  @NotPersonal
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

  protected StaffMember() {}

  public StaffMember(
      String username,
      String displayName,
      String passwordHash,
      Set<StaffRole> roles,
      boolean mustChangePassword,
      Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    this.mustChangePassword = mustChangePassword;
    this.active = true;
    this.createdAt = createdAt;
  }

  public void assign(Set<StaffRole> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
  }

  public void deactivate() {
    this.active = false;
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public boolean isActive() {
    return active;
  }

  public Set<StaffRole> roles() {
    return Collections.unmodifiableSet(roles);
  }
}
