package net.genvoice.web.usage.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import net.genvoice.customer.control.FieldErrors;

/**
 * The period of a usage report as a caller gives it ({@code from}, {@code to}: ISO dates); by
 * default the twelve weeks up to today. A date that is not one is refused naming its field.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  static final int DEFAULT_WEEKS = 12;

  public static ReportPeriod of(String from, String to, LocalDate today) {
    FieldErrors errors = new FieldErrors();
    Optional<LocalDate> last = date("to", to, errors);
    Optional<LocalDate> first = date("from", from, errors);
    errors.throwIfAny();
    LocalDate end = last.orElse(today);
    return new ReportPeriod(first.orElse(end.minusWeeks(DEFAULT_WEEKS - 1L)), end);
  }

  private static Optional<LocalDate> date(String field, String value, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      errors.add(field, "Give a date as YYYY-MM-DD");
      return Optional.empty();
    }
  }
}
