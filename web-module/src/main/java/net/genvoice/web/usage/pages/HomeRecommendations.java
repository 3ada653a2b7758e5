package net.genvoice.web.usage.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.genvoice.usage.boundary.Recommendations;
import net.genvoice.usage.boundary.RecommendationsView;
import net.genvoice.web.portal.Caller;

/**
 * P06: the home page's recommendations for a signed-in customer. Without personalisation consent
 * the page explains that they need it and links to the cookie preferences; nothing else changes.
 */
@Named
@RequestScoped
public class HomeRecommendations {

  @Inject Caller caller;
  @EJB Recommendations recommendations;

  private RecommendationsView view;

  public boolean isShown() {
    return caller.isCustomer();
  }

  public RecommendationsView getView() {
    if (view == null) {
      view = recommendations.forCustomer(caller.id());
    }
    return view;
  }
}
