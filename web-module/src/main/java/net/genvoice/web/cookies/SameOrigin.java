package net.genvoice.web.cookies;

import jakarta.servlet.http.HttpServletRequest;

/**
 * CSRF for the plain cookie form, which has no Faces view state: a browser says where a form post
 * came from ({@code Sec-Fetch-Site}, else {@code Origin}); only our own pages may post it. A client
 * that sends neither is no browser another site could have steered.
 */
final class SameOrigin {

  private SameOrigin() {}

  static boolean allows(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.getHeader("Host");
    return host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
  }
}
