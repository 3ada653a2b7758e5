package net.genvoice.web.cookies;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.identity.boundary.AccessTokens;

/**
 * P25: every cookie the portal sets, each with its category, in one place. {@link CookieGuard}
 * strips any cookie not declared here and any whose category the visitor has not consented to; the
 * cookie preferences page lists them. All are HttpOnly, SameSite=Lax, Secure over TLS, path /.
 */
public enum PortalCookie {
  /** P28: set by the container; ends when the browser closes. */
  SESSION(
      "JSESSIONID",
      CookieCategory.ESSENTIAL,
      "Keeps your visit continuous, and you signed in, until you close the browser.",
      null),
  /** P27: only when the customer ticks "Remember me"; an opaque, revocable token. */
  REMEMBER_ME(
      "genvoice_remember",
      CookieCategory.ESSENTIAL,
      "Only when you tick \"Remember me\": signs you in again without your password. Signing out"
          + " deletes it.",
      AccessTokens.REMEMBER_ME_LIFETIME),
  /** P06: the visitor's own choice of cookie categories. */
  COOKIE_CHOICE(
      "genvoice_cookies",
      CookieCategory.ESSENTIAL,
      "Keeps the choice you make here, so that we ask only once.",
      Duration.ofDays(180)),
  /** P04: links a visitor's visits over time; only with analytics consent. */
  VISITOR(
      "genvoice_visitor",
      CookieCategory.ANALYTICS,
      "A random identifier that links your visits over time, to count how the portal is used.",
      Duration.ofDays(395));

  private final String cookieName;
  private final CookieCategory category;
  private final String purpose;
  private final Duration lifetime;

  PortalCookie(String cookieName, CookieCategory category, String purpose, Duration lifetime) {
    this.cookieName = cookieName;
    this.category = category;
    this.purpose = purpose;
    this.lifetime = lifetime;
  }

  /** The category of a cookie name; empty for a name the portal never declared. */
  public static Optional<CookieCategory> categoryOf(String name) {
    return Arrays.stream(values())
        .filter(cookie -> cookie.cookieName.equals(name))
        .map(PortalCookie::category)
        .findFirst();
  }

  public String cookieName() {
    return cookieName;
  }

  public CookieCategory category() {
    return category;
  }

  public String purpose() {
    return purpose;
  }

  /** How long the browser keeps it, in words. */
  public String lifetimeText() {
    return lifetime == null ? "until you close the browser" : lifetime.toDays() + " days";
  }

  /** The cookie with the house attributes, kept for its declared lifetime. */
  public Cookie cookie(HttpServletRequest request, String value) {
    return cookie(request, value, lifetime == null ? -1 : (int) lifetime.toSeconds());
  }

  /** The instruction to the browser to delete it. */
  public Cookie deletion(HttpServletRequest request) {
    return cookie(request, "", 0);
  }

  public Cookie cookie(HttpServletRequest request, String value, int maxAge) {
    Cookie cookie = new Cookie(cookieName, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath("/");
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  /** The value this request carries, if any and not blank. */
  public Optional<String> valueIn(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(cookie -> cookieName.equals(cookie.getName()))
        .map(Cookie::getValue)
        .filter(value -> value != null && !value.isBlank())
        .findFirst();
  }
}
