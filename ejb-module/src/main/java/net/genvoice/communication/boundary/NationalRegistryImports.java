package net.genvoice.communication.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import net.genvoice.communication.control.PhoneSuppressions;
import net.genvoice.communication.control.RegistryFile;
import net.genvoice.communication.control.RegistryFreshness;
import net.genvoice.communication.control.RegistryState;
import net.genvoice.communication.entity.NationalRegistryImport;
import net.genvoice.customer.control.FieldErrors;

/**
 * P12: imports the national do-not-call registry from its CSV file (format in the README), dated
 * with the file's date. All or nothing, in one transaction: a file with any bad line imports
 * nothing and reports every bad line with its number and reason; a good file replaces the numbers
 * of the import before. A file older than the latest import is refused, so a mistake cannot roll
 * the registry back. The import rebuilds the derived {@code phone_suppression} table in the same
 * transaction (issue 3).
 */
@Stateless
public class NationalRegistryImports {

  static final int ROWS_PER_INSERT = 500;

  @PersistenceContext EntityManager em;
  @Inject RegistryState registry;
  @Inject PhoneSuppressions suppressions;

  Clock clock = Clock.systemUTC();

  public RegistryImportView importFile(String staffId, String registryDate, InputStream csv) {
    LocalDate date = checkedDate(registryDate);
    RegistryFile.Contents contents = RegistryFile.read(csv);
    if (!contents.isValid()) {
      throw new RegistryFileRejectedException(contents);
    }
    em.createNativeQuery("DELETE FROM national_registry_number").executeUpdate();
    long[] numbers = contents.numbers();
    for (int from = 0; from < numbers.length; from += ROWS_PER_INSERT) {
      insert(numbers, from, Math.min(numbers.length, from + ROWS_PER_INSERT));
    }
    NationalRegistryImport imported =
        new NationalRegistryImport(
            date, clock.instant(), staffId, numbers.length, contents.duplicates());
    em.persist(imported);
    em.flush();
    suppressions.rebuild();
    return RegistryImportView.of(imported);
  }

  public RegistryStatusView status() {
    return statusOn(LocalDate.now(clock), registry);
  }

  static RegistryStatusView statusOn(LocalDate today, RegistryState registry) {
    Optional<NationalRegistryImport> latest = registry.latest();
    Optional<RegistryFreshness.Problem> problem =
        RegistryFreshness.check(latest.map(NationalRegistryImport::registryDate), today);
    return new RegistryStatusView(
        latest.map(RegistryImportView::of).orElse(null),
        problem.isEmpty(),
        problem.map(RegistryNotFitException::codeOf).orElse(null),
        RegistryFreshness.MAX_AGE_DAYS);
  }

  private LocalDate checkedDate(String registryDate) {
    FieldErrors errors = new FieldErrors();
    LocalDate date = null;
    if (registryDate == null || registryDate.isBlank()) {
      errors.add("date", "Give the date of the registry file (YYYY-MM-DD)");
    } else {
      try {
        date = LocalDate.parse(registryDate.strip());
      } catch (DateTimeParseException e) {
        errors.add("date", "Not a date: write the registry file's date as YYYY-MM-DD");
      }
    }
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      errors.add("date", "The registry file's date cannot be in the future");
    }
    Optional<LocalDate> latest = registry.latest().map(NationalRegistryImport::registryDate);
    if (date != null && latest.isPresent() && date.isBefore(latest.get())) {
      errors.add(
          "date",
          "A registry file dated "
              + latest.get()
              + " has been imported already; this file is older and would roll the registry back");
    }
    errors.throwIfAny();
    return date;
  }

  private void insert(long[] numbers, int from, int to) {
    StringBuilder sql = new StringBuilder("INSERT INTO national_registry_number (phone) VALUES ");
    for (int i = from; i < to; i++) {
      sql.append(i == from ? "(?)" : ",(?)");
    }
    Query insert = em.createNativeQuery(sql.toString());
    for (int i = from; i < to; i++) {
      insert.setParameter(i - from + 1, RegistryFile.Contents.e164(numbers[i]));
    }
    insert.executeUpdate();
  }
}
