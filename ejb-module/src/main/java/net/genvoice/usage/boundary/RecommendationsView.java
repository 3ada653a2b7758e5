package net.genvoice.usage.boundary;

import java.util.List;

/**
 * P06: what the home page recommends to a customer from their own usage. {@code personalised} is
 * false, with both lists empty, when the customer has not consented to personalisation: then no
 * recommendation uses their history.
 */
public record RecommendationsView(
    boolean personalised, List<FeatureView> mostUsed, List<FeatureView> notTriedYet) {

  static final RecommendationsView WITHOUT_CONSENT =
      new RecommendationsView(false, List.of(), List.of());

  /** A feature to recommend, with where it is and how often the customer used it. */
  public record FeatureView(String feature, String title, String link, long uses) {}
}
