package net.genvoice.communication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;

/**
 * P12: one import of the national do-not-call registry, with the date of the registry file. The
 * latest import's numbers are {@link NationalRegistryNumber}s; its date decides whether
 * telemarketing may run.
 */
@Entity
@Table(name = "national_registry_import")
@NamedQuery(
    name = NationalRegistryImport.LATEST,
    query =
        "select i from NationalRegistryImport i order by i.registryDate desc, i.importedAt desc")
public class NationalRegistryImport {

  public static final String LATEST = "NationalRegistryImport.latest";

  @Id @NotPersonal private String id;

  @NotPersonal
  @Column(name = "registry_date")
  private LocalDate registryDate;

  @NotPersonal
  @Column(name = "imported_at")
  private Instant importedAt;

  @NotPersonal
  @Column(name = "imported_by")
  private String importedBy;

  @NotPersonal
  @Column(name = "number_count")
  private int numberCount;

  @NotPersonal
  @Column(name = "duplicate_count")
  private int duplicateCount;

  protected NationalRegistryImport() {}

  public NationalRegistryImport(
      LocalDate registryDate,
      Instant importedAt,
      String importedBy,
      int numberCount,
      int duplicateCount) {
    this.id = UUID.randomUUID().toString();
    this.registryDate = registryDate;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
    this.numberCount = numberCount;
    this.duplicateCount = duplicateCount;
  }

  public String id() {
    return id;
  }

  public LocalDate registryDate() {
    return registryDate;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public String importedBy() {
    return importedBy;
  }

  public int numberCount() {
    return numberCount;
  }

  public int duplicateCount() {
    return duplicateCount;
  }
}
