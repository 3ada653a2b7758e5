package net.genvoice.usage.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.genvoice.cookies.boundary.CookiePreferences;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.usage.boundary.RecommendationsView.FeatureView;
import net.genvoice.usage.entity.Feature;

/**
 * P06: recommends features from the customer's own usage, only while they consent to
 * personalisation: without it their history is not even read. Events name a customer only when
 * recorded under that consent, and a withdrawal unlinks them ({@link UsageEvents}).
 */
@Stateless
public class Recommendations {

  static final int MOST_USED = 3;

  @PersistenceContext EntityManager em;
  @EJB CookiePreferences preferences;

  public RecommendationsView forCustomer(String customerId) {
    boolean consented =
        preferences
            .recorded(customerId)
            .map(choice -> choice.allows(CookieCategory.PERSONALISATION))
            .orElse(false);
    if (!consented) {
      return RecommendationsView.WITHOUT_CONSENT;
    }
    Map<String, Long> uses = new HashMap<>();
    em.createQuery(
            "select e.feature, count(e) from UsageEvent e where e.customerId = :customer"
                + " group by e.feature",
            Object[].class)
        .setParameter("customer", customerId)
        .getResultList()
        .forEach(row -> uses.put((String) row[0], ((Number) row[1]).longValue()));
    List<FeatureView> recommendable =
        Arrays.stream(Feature.values())
            .filter(Feature::isRecommendable)
            .map(
                feature ->
                    new FeatureView(
                        feature.code(),
                        feature.title(),
                        feature.link().orElseThrow(),
                        uses.getOrDefault(feature.code(), 0L)))
            .toList();
    List<FeatureView> mostUsed =
        recommendable.stream()
            .filter(feature -> feature.uses() > 0)
            .sorted(Comparator.comparingLong(FeatureView::uses).reversed())
            .limit(MOST_USED)
            .toList();
    List<FeatureView> notTried =
        recommendable.stream().filter(feature -> feature.uses() == 0).toList();
    return new RecommendationsView(true, mostUsed, notTried);
  }
}
