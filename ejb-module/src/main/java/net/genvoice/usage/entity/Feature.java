package net.genvoice.usage.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * P05: the features of GenVoice whose use is counted: the portal's pages and sections and the API's
 * resources. A usage event names one of these codes, never a raw URL, so nothing a visitor typed
 * into a path is stored. {@code link} is where a recommendation sends a customer; only features
 * with one are recommended.
 */
public enum Feature {
  HOME("home", "Home page", null),
  SIGN_UP("sign-up", "Sign-up", null),
  SIGN_IN("sign-in", "Sign-in", null),
  ACCOUNT("account", "My account", null),
  PROFILE("profile", "Profile corrections", "/account/index.xhtml#profile-heading"),
  PAYMENT_METHODS("payment-methods", "Payment methods", "/account/index.xhtml#payment-heading"),
  SEATS("seats", "Seats for other people", "/account/index.xhtml#seats-heading"),
  PRIVACY_POLICY("privacy-policy", "Privacy policy", "/privacy.xhtml"),
  COOKIE_PREFERENCES("cookie-preferences", "Cookie preferences", "/cookies.xhtml"),
  DISCLOSURES("disclosures", "What we disclosed about you", "/account/disclosures.xhtml"),
  CONSENTS("consents", "My consents", "/account/consents.xhtml"),
  COMMUNICATIONS("communications", "Communication preferences", "/account/communications.xhtml"),
  SURVEYS("surveys", "Surveys", "/account/surveys.xhtml"),
  STAFF_AREA("staff-area", "Staff area", null),
  API_SIGN_UP("api.sign-up", "API: sign-up", null),
  API_AUTH("api.auth", "API: tokens", null),
  API_PROFILE("api.profile", "API: profile", null),
  API_PAYMENT_METHODS("api.payment-methods", "API: payment methods", null),
  API_SEATS("api.seats", "API: seats", null),
  API_CONSENTS("api.consents", "API: consents", null),
  API_COOKIE_PREFERENCES("api.cookie-preferences", "API: cookie preferences", null),
  API_DISCLOSURES("api.disclosures", "API: disclosures", null),
  API_COMMUNICATIONS("api.communications", "API: communications", null),
  API_SURVEYS("api.surveys", "API: surveys", null),
  API_CREDIT("api.credit-applications", "API: credit applications", null),
  API_STAFF("api.staff", "API: staff", null),
  API_OTHER("api.other", "API: other", null),
  OTHER("other", "Other pages", null);

  /** The longest code, the width of the column that stores it. */
  public static final int LONGEST_CODE = 40;

  private final String code;
  private final String title;
  private final String link;

  Feature(String code, String title, String link) {
    this.code = code;
    this.title = title;
    this.link = link;
  }

  public static Optional<Feature> byCode(String code) {
    return Arrays.stream(values()).filter(feature -> feature.code.equals(code)).findFirst();
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public Optional<String> link() {
    return Optional.ofNullable(link);
  }

  public boolean isRecommendable() {
    return link != null;
  }
}
