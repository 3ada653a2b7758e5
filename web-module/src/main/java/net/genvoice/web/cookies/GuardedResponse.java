package net.genvoice.web.cookies;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Logger;
import net.genvoice.cookies.entity.CookieChoice;

/**
 * P25, P26: a response that sets only the cookies {@link CookieRules} allows, however they are set:
 * {@code addCookie} or a {@code Set-Cookie} header. A stripped cookie is logged by name and reason,
 * never with its value.
 */
final class GuardedResponse extends HttpServletResponseWrapper {

  private static final Logger LOG = Logger.getLogger(GuardedResponse.class.getName());
  private static final String SET_COOKIE = "Set-Cookie";

  private final Supplier<CookieChoice> consent;

  GuardedResponse(HttpServletResponse response, Supplier<CookieChoice> consent) {
    super(response);
    this.consent = consent;
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (allowed(cookie.getName(), cookie.getValue(), cookie.getMaxAge() == 0)) {
      super.addCookie(cookie);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!SET_COOKIE.equalsIgnoreCase(name) || allowedHeader(value)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!SET_COOKIE.equalsIgnoreCase(name) || value == null || allowedHeader(value)) {
      super.setHeader(name, value);
    }
  }

  /** The whole header is searched for a card-like number: attributes are no hiding place. */
  private boolean allowedHeader(String header) {
    int semicolon = header.indexOf(';');
    String pair = semicolon < 0 ? header : header.substring(0, semicolon);
    int equals = pair.indexOf('=');
    String name = (equals < 0 ? pair : pair.substring(0, equals)).trim();
    String attributes =
        semicolon < 0 ? "" : header.substring(semicolon).toLowerCase(Locale.ROOT).replace(" ", "");
    return allowed(name, header, attributes.contains(";max-age=0"));
  }

  private boolean allowed(String name, String value, boolean deletion) {
    CookieRules.Verdict verdict =
        CookieRules.judge(name, value, deletion, deletion ? CookieChoice.NONE : consent.get());
    if (!verdict.allows()) {
      LOG.warning(() -> "Cookie " + name + " not set: " + verdict);
    }
    return verdict.allows();
  }
}
