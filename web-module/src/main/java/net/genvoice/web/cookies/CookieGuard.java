package net.genvoice.web.cookies;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import net.genvoice.web.platform.RequestPaths;

/**
 * P25, P26: the outermost filter of every response of the web module (declared first in web.xml):
 * whatever runs inside it can set only the cookies {@link CookieRules} allows. On a portal page it
 * also hands a signed-in customer's browser their recorded choice when it keeps another one.
 */
public class CookieGuard extends HttpFilter {

  @Inject CookieConsent consent;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    GuardedResponse guarded = new GuardedResponse(response, consent::effective);
    String path = RequestPaths.of(request);
    if (!RequestPaths.isStatic(path) && !RequestPaths.isApi(path)) {
      consent
          .recordedChoiceTheBrowserLacks()
          .ifPresent(
              recorded ->
                  guarded.addCookie(
                      PortalCookie.COOKIE_CHOICE.cookie(request, recorded.cookieValue())));
    }
    chain.doFilter(request, guarded);
  }
}
