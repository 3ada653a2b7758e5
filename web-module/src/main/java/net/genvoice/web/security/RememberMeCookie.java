package net.genvoice.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import net.genvoice.web.cookies.PortalCookie;

/**
 * P27: the "remember me" cookie, set only when the customer ticks the box. It holds an opaque
 * random token (the database keeps only its hash), never the password; HttpOnly, SameSite=Lax,
 * Secure over TLS. Declared, with its category (essential), in {@link PortalCookie}.
 */
final class RememberMeCookie {

  private RememberMeCookie() {}

  static Optional<String> read(HttpServletRequest request) {
    return PortalCookie.REMEMBER_ME.valueIn(request);
  }

  static void write(HttpServletRequest request, HttpServletResponse response, String token) {
    response.addCookie(PortalCookie.REMEMBER_ME.cookie(request, token));
  }

  static void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(PortalCookie.REMEMBER_ME.deletion(request));
  }
}
