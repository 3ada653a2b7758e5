package net.genvoice.usage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import net.genvoice.privacy.catalogue.NotPersonal;

/**
 * P04, P05: how often a feature was used in one ISO week, counted from usage events before they
 * were erased. A count of uses, with nothing about who used it: not personal information.
 */
@Entity
@Table(name = "feature_usage_week")
public class FeatureUsageWeek {

  /** {@code feature/week-start}, so the row of a feature and week is found by its id. */
  @Id @NotPersonal private String id;

  @NotPersonal private String feature;

  @NotPersonal
  @Column(name = "week_start")
  private LocalDate weekStart;

  @NotPersonal private long uses;

  protected FeatureUsageWeek() {}

  public FeatureUsageWeek(String feature, LocalDate weekStart, long uses) {
    this.id = idOf(feature, weekStart);
    this.feature = feature;
    this.weekStart = weekStart;
    this.uses = uses;
  }

  public static String idOf(String feature, LocalDate weekStart) {
    return feature + "/" + weekStart;
  }

  public void add(long more) {
    uses += more;
  }

  public String feature() {
    return feature;
  }

  public LocalDate weekStart() {
    return weekStart;
  }

  public long uses() {
    return uses;
  }
}
