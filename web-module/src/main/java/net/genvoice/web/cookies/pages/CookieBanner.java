package net.genvoice.web.cookies.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.web.cookies.CookieConsent;
import net.genvoice.web.platform.RequestPaths;

/**
 * P06: the banner on every portal page until the visitor has chosen (a signed-in customer: until
 * their choice is recorded). It offers accept all, refuse all and a choice per category, with
 * nothing ticked in advance; the preferences page has the same form and no banner.
 */
@Named
@RequestScoped
public class CookieBanner {

  static final String PREFERENCES_PAGE = "/cookies.xhtml";

  @Inject CookieConsent consent;
  @Inject HttpServletRequest request;

  public boolean isShown() {
    return !consent.hasChosen() && !RequestPaths.of(request).equals(PREFERENCES_PAGE);
  }

  /** Nothing is ticked in advance. */
  public CookieChoice getPreset() {
    return CookieChoice.NONE;
  }

  /** Back to this page after the choice (only its path: the form checks it again). */
  public String getReturnPath() {
    return RequestPaths.of(request);
  }
}
