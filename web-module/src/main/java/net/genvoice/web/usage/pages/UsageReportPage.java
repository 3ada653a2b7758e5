package net.genvoice.web.usage.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.usage.boundary.UsageReportView;
import net.genvoice.usage.boundary.UsageReportView.FeatureUsageView;
import net.genvoice.usage.boundary.UsageReportView.WeekUsesView;
import net.genvoice.usage.boundary.UsageReports;
import net.genvoice.web.usage.rest.ReportPeriod;

/**
 * staff/area/reports/usage.xhtml (P05): uses per feature per week as a table and, per feature, a
 * bar chart drawn on the server as SVG (no script). Suppressed counts show as "fewer than 5" and as
 * a flat grey bar: the chart tells no more than the table.
 */
@Named
@RequestScoped
public class UsageReportPage {

  static final int BAR_WIDTH = 10;
  static final int BAR_GAP = 4;
  static final int CHART_HEIGHT = 40;

  @EJB UsageReports reports;
  @Inject HttpServletRequest request;

  private UsageReportView report;
  private String problem = "";

  /** One row of the table and its chart. */
  public record Row(String title, List<Cell> cells, List<Bar> bars) {}

  /** A table cell: the count, or "fewer than 5". */
  public record Cell(String text, boolean suppressed) {}

  /** A bar of the chart, in SVG user units. */
  public record Bar(int x, int y, int height, boolean suppressed, String label) {}

  public UsageReportView getReport() {
    if (report == null && problem.isEmpty()) {
      try {
        ReportPeriod period =
            ReportPeriod.of(
                request.getParameter("from"),
                request.getParameter("to"),
                LocalDate.now(ZoneOffset.UTC));
        report = reports.weekly(period.from(), period.to());
      } catch (BusinessException refused) {
        problem = String.join(" ", refused.fieldErrors().values());
      }
    }
    return report;
  }

  /** Why no report is shown, when the period was refused. */
  public String getProblem() {
    getReport();
    return problem;
  }

  public List<Row> getRows() {
    UsageReportView shown = getReport();
    if (shown == null) {
      return List.of();
    }
    long most =
        shown.features().stream()
            .flatMap(feature -> feature.weeks().stream())
            .filter(week -> !week.suppressed())
            .mapToLong(WeekUsesView::uses)
            .max()
            .orElse(1);
    return shown.features().stream().map(feature -> row(feature, most)).toList();
  }

  public int getChartWidth() {
    UsageReportView shown = getReport();
    return shown == null ? 0 : shown.weeks().size() * (BAR_WIDTH + BAR_GAP);
  }

  public int getChartHeight() {
    return CHART_HEIGHT;
  }

  public int getThreshold() {
    return getReport() == null ? 5 : report.threshold();
  }

  private static Row row(FeatureUsageView feature, long most) {
    List<Cell> cells = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    int x = 0;
    for (WeekUsesView week : feature.weeks()) {
      String label = "Week of " + week.weekStart() + ": " + text(week);
      if (week.suppressed()) {
        cells.add(new Cell("fewer than 5", true));
        bars.add(new Bar(x, CHART_HEIGHT - 2, 2, true, label));
      } else {
        int height = (int) Math.max(1, Math.round(week.uses() * (CHART_HEIGHT - 2.0) / most));
        cells.add(new Cell(String.valueOf(week.uses()), false));
        bars.add(new Bar(x, CHART_HEIGHT - height, height, false, label));
      }
      x += BAR_WIDTH + BAR_GAP;
    }
    return new Row(feature.title(), List.copyOf(cells), List.copyOf(bars));
  }

  private static String text(WeekUsesView week) {
    return week.suppressed() ? "fewer than 5 uses" : week.uses() + " uses";
  }

  /** For the column heads: the Monday of each week. */
  public List<String> getWeekHeads() {
    UsageReportView shown = getReport();
    return shown == null
        ? List.of()
        : shown.weeks().stream().map(week -> week.toString().substring(5)).toList();
  }

  Map<String, String> period() {
    return report == null
        ? Map.of()
        : Map.of("from", report.from().toString(), "to", report.to().plusDays(6).toString());
  }

  public String getFrom() {
    return period().getOrDefault("from", "");
  }

  public String getTo() {
    return period().getOrDefault("to", "");
  }
}
