package net.genvoice.communication.boundary;

import java.time.Instant;
import java.time.LocalDate;
import net.genvoice.communication.entity.NationalRegistryImport;

/** P12: one import of the national do-not-call registry. */
public record RegistryImportView(
    String id,
    LocalDate registryDate,
    Instant importedAt,
    String importedBy,
    int numbers,
    int duplicates) {

  static RegistryImportView of(NationalRegistryImport imported) {
    return new RegistryImportView(
        imported.id(),
        imported.registryDate(),
        imported.importedAt(),
        imported.importedBy(),
        imported.numberCount(),
        imported.duplicateCount());
  }
}
