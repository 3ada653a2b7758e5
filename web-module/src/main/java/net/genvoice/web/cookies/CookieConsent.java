package net.genvoice.web.cookies;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import net.genvoice.cookies.boundary.CookiePreferences;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.identity.boundary.Roles;

/**
 * P06: the cookie choice that holds for this request. A signed-in customer's recorded choice wins
 * (read once per request, only when something asks); a customer who never chose has chosen nothing,
 * whatever the browser says. Anyone else has the choice their browser's essential cookie keeps, or
 * none.
 */
@RequestScoped
public class CookieConsent {

  @Inject HttpServletRequest request;
  @Inject SecurityContext security;
  @EJB CookiePreferences preferences;

  private record Resolved(CookieChoice choice, boolean chosen, Optional<CookieChoice> toKeep) {}

  private Resolved resolved;

  /** What the visitor consented to; nothing beyond essential cookies until they chose. */
  public CookieChoice effective() {
    return resolved().choice();
  }

  public boolean hasChosen() {
    return resolved().chosen();
  }

  /** The signed-in customer, if the caller is one. */
  public Optional<String> customerId() {
    if (security.getCallerPrincipal() == null || !security.isCallerInRole(Roles.CUSTOMER)) {
      return Optional.empty();
    }
    return Optional.of(security.getCallerPrincipal().getName());
  }

  /**
   * A customer's recorded choice when the browser keeps another one: the browser is to keep the
   * recorded one from now on (the recorded choice wins at sign-in).
   */
  public Optional<CookieChoice> recordedChoiceTheBrowserLacks() {
    return resolved().toKeep();
  }

  /** The choice made during this request, which holds for the rest of it. */
  public void changedTo(CookieChoice choice) {
    resolved = new Resolved(choice, true, Optional.empty());
  }

  private Resolved resolved() {
    if (resolved == null) {
      Optional<CookieChoice> browser =
          PortalCookie.COOKIE_CHOICE.valueIn(request).flatMap(CookieChoice::fromCookieValue);
      Optional<String> customer = customerId();
      if (customer.isPresent()) {
        Optional<CookieChoice> recorded = preferences.recorded(customer.get());
        resolved =
            new Resolved(
                recorded.orElse(CookieChoice.NONE),
                recorded.isPresent(),
                recorded.filter(choice -> !browser.equals(Optional.of(choice))));
      } else {
        resolved =
            new Resolved(browser.orElse(CookieChoice.NONE), browser.isPresent(), Optional.empty());
      }
    }
    return resolved;
  }
}
