package net.genvoice.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import net.genvoice.identity.boundary.AccessTokens;

/**
 * P27: the "remember me" cookie, set only when the customer ticks the box. It holds an opaque
 * random token (the database keeps only its hash), never the password; HttpOnly, SameSite=Lax,
 * Secure over TLS.
 */
final class RememberMeCookie {

  static final String NAME = "genvoice_remember";

  private RememberMeCookie() {}

  static Optional<String> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(cookie -> NAME.equals(cookie.getName()))
        .map(Cookie::getValue)
        .filter(value -> !value.isBlank())
        .findFirst();
  }

  static void write(HttpServletRequest request, HttpServletResponse response, String token) {
    response.addCookie(cookie(request, token, (int) AccessTokens.REMEMBER_ME_LIFETIME.toSeconds()));
  }

  static void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(cookie(request, "", 0));
  }

  private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
    Cookie cookie = new Cookie(NAME, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath("/");
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
