package net.genvoice.usage.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.usage.boundary.UsageReportView.FeatureUsageView;
import net.genvoice.usage.boundary.UsageReportView.WeekUsesView;
import net.genvoice.usage.control.SmallCounts;
import net.genvoice.usage.control.Weeks;
import net.genvoice.usage.entity.Feature;
import net.genvoice.usage.entity.FeatureUsageWeek;

/**
 * P05: the feature-usage report for staff: the weekly counts kept after erasure plus the events
 * still within their retention period, every count below five suppressed. It names no visitor,
 * device or customer.
 */
@Stateless
public class UsageReports {

  public static final int LONGEST_SPAN_WEEKS = 53;

  @PersistenceContext EntityManager em;

  /** The weeks from the one containing {@code from} to the one containing {@code to}. */
  public UsageReportView weekly(LocalDate from, LocalDate to) {
    FieldErrors errors = new FieldErrors();
    if (from == null) {
      errors.add("from", "Give the first day of the report");
    }
    if (to == null) {
      errors.add("to", "Give the last day of the report");
    }
    errors.throwIfAny();
    LocalDate first = Weeks.startOf(from);
    LocalDate last = Weeks.startOf(to);
    if (last.isBefore(first)) {
      errors.add("to", "The last day must not come before the first");
    } else if (first.plusWeeks(LONGEST_SPAN_WEEKS).isBefore(last.plusWeeks(1))) {
      errors.add("from", "A report covers at most " + LONGEST_SPAN_WEEKS + " weeks");
    }
    errors.throwIfAny();
    Map<String, Map<LocalDate, Long>> uses = uses(first, last);
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
      weeks.add(week);
    }
    List<FeatureUsageView> features = new ArrayList<>();
    for (Feature feature : Feature.values()) {
      Map<LocalDate, Long> counted = uses.getOrDefault(feature.code(), Map.of());
      List<WeekUsesView> cells = new ArrayList<>();
      for (LocalDate week : weeks) {
        OptionalLong shown = SmallCounts.shown(counted.getOrDefault(week, 0L));
        cells.add(
            new WeekUsesView(week, shown.isPresent() ? shown.getAsLong() : null, shown.isEmpty()));
      }
      features.add(new FeatureUsageView(feature.code(), feature.title(), List.copyOf(cells)));
    }
    return new UsageReportView(
        SmallCounts.THRESHOLD, first, last, List.copyOf(weeks), List.copyOf(features));
  }

  /** Feature code to week to uses: the counted weeks plus the events not yet erased. */
  private Map<String, Map<LocalDate, Long>> uses(LocalDate first, LocalDate last) {
    Map<String, Map<LocalDate, Long>> uses = new HashMap<>();
    em.createQuery(
            "select w from FeatureUsageWeek w where w.weekStart between :first and :last",
            FeatureUsageWeek.class)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList()
        .forEach(week -> add(uses, week.feature(), week.weekStart(), week.uses()));
    em.createQuery(
            "select e.feature, e.weekStart, count(e) from UsageEvent e"
                + " where e.weekStart between :first and :last group by e.feature, e.weekStart",
            Object[].class)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList()
        .forEach(
            row -> add(uses, (String) row[0], (LocalDate) row[1], ((Number) row[2]).longValue()));
    return uses;
  }

  private static void add(
      Map<String, Map<LocalDate, Long>> uses, String feature, LocalDate week, long count) {
    uses.computeIfAbsent(feature, f -> new HashMap<>()).merge(week, count, Long::sum);
  }
}
