package net.genvoice.web.usage;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.genvoice.usage.entity.Feature;
import net.genvoice.web.platform.RequestPaths;

/**
 * P04, P05: the feature a request uses, from its path (and, for a form sent from My account, the
 * form): a closed list, so no URL a visitor typed is ever stored.
 */
final class FeaturePaths {

  static final String ACCOUNT_PAGE = "/account/index.xhtml";

  private static final Map<String, Feature> PAGES =
      Map.ofEntries(
          Map.entry("/", Feature.HOME),
          Map.entry("/index.xhtml", Feature.HOME),
          Map.entry("/signup.xhtml", Feature.SIGN_UP),
          Map.entry("/login.xhtml", Feature.SIGN_IN),
          Map.entry("/privacy.xhtml", Feature.PRIVACY_POLICY),
          Map.entry("/cookies.xhtml", Feature.COOKIE_PREFERENCES),
          Map.entry("/cookies/choice", Feature.COOKIE_PREFERENCES),
          Map.entry("/account/disclosures.xhtml", Feature.DISCLOSURES),
          Map.entry("/api/v1/me", Feature.API_PROFILE),
          Map.entry("/account/consents.xhtml", Feature.CONSENTS),
          Map.entry("/account/communications.xhtml", Feature.COMMUNICATIONS),
          Map.entry("/account/surveys.xhtml", Feature.SURVEYS),
          Map.entry("/account/survey.xhtml", Feature.SURVEYS));

  /** Each with everything below it. */
  private static final List<Map.Entry<String, Feature>> API =
      List.of(
          Map.entry("/api/v1/customers", Feature.API_SIGN_UP),
          Map.entry("/api/v1/auth", Feature.API_AUTH),
          Map.entry("/api/v1/me/payment-methods", Feature.API_PAYMENT_METHODS),
          Map.entry("/api/v1/me/seats", Feature.API_SEATS),
          Map.entry("/api/v1/me/consents", Feature.API_CONSENTS),
          Map.entry("/api/v1/me/cookie-preferences", Feature.API_COOKIE_PREFERENCES),
          Map.entry("/api/v1/me/disclosures", Feature.API_DISCLOSURES),
          Map.entry("/api/v1/me/communications", Feature.API_COMMUNICATIONS),
          Map.entry("/api/v1/me/surveys", Feature.API_SURVEYS),
          Map.entry("/api/v1/me/credit-applications", Feature.API_CREDIT),
          Map.entry("/api/v1/staff", Feature.API_STAFF));

  private FeaturePaths() {}

  /** Call after the request was handled: a form's parameters are read only then. */
  static Feature of(HttpServletRequest request, String path) {
    Feature page = PAGES.get(path);
    if (page != null) {
      return page;
    }
    if (path.equals(ACCOUNT_PAGE) && "POST".equals(request.getMethod())) {
      return accountForm(request.getParameterMap().keySet());
    }
    if (RequestPaths.isAtOrBelow(path, "/account")) {
      return Feature.ACCOUNT;
    }
    if (RequestPaths.isAtOrBelow(path, "/staff")) {
      return Feature.STAFF_AREA;
    }
    if (RequestPaths.isApi(path)) {
      return API.stream()
          .filter(entry -> RequestPaths.isAtOrBelow(path, entry.getKey()))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(Feature.API_OTHER);
    }
    return Feature.OTHER;
  }

  /** Which of My account's forms was sent (each sends a parameter named after its id). */
  static Feature accountForm(Set<String> parameters) {
    for (String name : parameters) {
      if (name.equals("profile") || name.equals("emailChange")) {
        return Feature.PROFILE;
      }
      if (name.equals("addPaymentMethod") || name.endsWith(":paymentMethod")) {
        return Feature.PAYMENT_METHODS;
      }
      if (name.equals("addSeat") || name.endsWith(":seat")) {
        return Feature.SEATS;
      }
    }
    return Feature.ACCOUNT;
  }
}
