package net.genvoice.usage.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * P05: uses per feature per ISO week, from {@code from} to {@code to} (both Mondays). A week's
 * {@code uses} is absent and {@code suppressed} true when fewer than {@code threshold} uses were
 * counted, so no individual can be picked out.
 */
public record UsageReportView(
    int threshold,
    LocalDate from,
    LocalDate to,
    List<LocalDate> weeks,
    List<FeatureUsageView> features) {

  /** One feature's row of the report. */
  public record FeatureUsageView(String feature, String title, List<WeekUsesView> weeks) {}

  /** One cell: the uses of a feature in a week, unless suppressed. */
  public record WeekUsesView(LocalDate weekStart, Long uses, boolean suppressed) {}
}
