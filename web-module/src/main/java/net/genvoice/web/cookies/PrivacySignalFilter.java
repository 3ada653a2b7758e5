package net.genvoice.web.cookies;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.genvoice.consent.boundary.Consents;

/**
 * P24: Global Privacy Control. A request with {@code Sec-GPC: 1} is an opt-out of sharing with
 * third parties for their marketing. For a signed-in customer {@link Consents} records it once as a
 * withdrawal on the browser-signal channel (later requests find it recorded and write nothing). An
 * anonymous visitor has nothing to share: the preferences page says the signal was seen.
 */
public class PrivacySignalFilter extends HttpFilter {

  public static final String HEADER = "Sec-GPC";
  private static final Logger LOG = Logger.getLogger(PrivacySignalFilter.class.getName());

  @Inject CookieConsent consent;
  @EJB Consents consents;

  /** Whether the request carries the Global Privacy Control signal. */
  public static boolean isSent(HttpServletRequest request) {
    return "1".equals(request.getHeader(HEADER));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isSent(request)) {
      consent.customerId().ifPresent(customer -> honour(customer, request));
    }
    chain.doFilter(request, response);
  }

  private void honour(String customer, HttpServletRequest request) {
    try {
      consents.honourPrivacySignal(customer, request.getRemoteAddr());
    } catch (RuntimeException e) {
      // the request itself must not fail for it; the next one with the signal tries again
      LOG.log(Level.WARNING, "Could not record a Global Privacy Control signal", e);
    }
  }
}
