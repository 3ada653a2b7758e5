package net.genvoice.web.cookies.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.genvoice.cookies.boundary.CookiePreferences;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.web.cookies.CookieConsent;
import net.genvoice.web.cookies.PrivacySignalFilter;

/**
 * cookies.xhtml (P06, P25): what each category is for and which cookies it sets, the current choice
 * and the form that changes it, and whether Global Privacy Control was honoured (P24).
 */
@Named
@RequestScoped
public class CookiePreferencesPage {

  static final String SAVED = "saved";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject CookieConsent consent;
  @Inject HttpServletRequest request;
  @EJB CookiePreferences preferences;

  public CookieChoice getChoice() {
    return consent.effective();
  }

  public boolean isChosen() {
    return consent.hasChosen();
  }

  public String stateOf(CookieCategory category) {
    if (category.isEssential()) {
      return "Always on";
    }
    return consent.effective().allows(category) ? "Allowed" : "Refused";
  }

  public boolean isSaved() {
    return "true".equals(request.getParameter(SAVED));
  }

  public boolean isSignedInCustomer() {
    return consent.customerId().isPresent();
  }

  public boolean isSignalSent() {
    return PrivacySignalFilter.isSent(request);
  }

  /** When the signal was recorded as the signed-in customer's opt-out; empty otherwise. */
  public String getSignalRecordedAt() {
    return consent
        .customerId()
        .flatMap(preferences::privacySignalRecordedAt)
        .map(WHEN::format)
        .orElse("");
  }

  public String getReturnPath() {
    return "/cookies.xhtml?" + SAVED + "=true";
  }
}
