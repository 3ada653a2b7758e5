package net.genvoice.web.usage;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.customer.control.CardLikeNumbers;
import net.genvoice.identity.control.Secrets;
import net.genvoice.usage.boundary.UsageCommand;
import net.genvoice.usage.boundary.UsageRecorder;
import net.genvoice.web.cookies.CookieChoiceServlet;
import net.genvoice.web.cookies.CookieConsent;
import net.genvoice.web.cookies.PortalCookie;
import net.genvoice.web.platform.RequestPaths;

/**
 * P04: describes every request for a page or an API resource (not stylesheets and images) to the
 * {@link UsageRecorder}, which only queues it: the request never waits for the database. The client
 * may name its device in {@value #DEVICE_ID_HEADER}. The analytics cookie is set, kept or deleted
 * here, by the visitor's consent (P06).
 */
public class UsageRecordingFilter extends HttpFilter {

  /**
   * The header in which an app or device may send a stable id of its own (1-64 of A-Za-z0-9._:-).
   */
  public static final String DEVICE_ID_HEADER = "X-Device-Id";

  private static final Logger LOG = Logger.getLogger(UsageRecordingFilter.class.getName());

  @Inject CookieConsent consent;
  @EJB UsageRecorder recorder;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = RequestPaths.of(request);
    if (RequestPaths.isStatic(path)) {
      chain.doFilter(request, response);
      return;
    }
    Instant at = Instant.now();
    String customer = consent.customerId().orElse(null);
    String visitor = pageVisit(path) ? visitorCookie(request, response) : null;
    try {
      chain.doFilter(request, response);
    } finally {
      record(request, path, at, customer, visitor);
    }
  }

  private static boolean pageVisit(String path) {
    return !RequestPaths.isApi(path) && !path.equals(CookieChoiceServlet.PATH);
  }

  /** The analytics cookie: set or kept with analytics consent, deleted without it. */
  private String visitorCookie(HttpServletRequest request, HttpServletResponse response) {
    Optional<String> current = PortalCookie.VISITOR.valueIn(request);
    if (!consent.effective().allows(CookieCategory.ANALYTICS)) {
      current.ifPresent(value -> response.addCookie(PortalCookie.VISITOR.deletion(request)));
      return null;
    }
    if (current.isPresent()) {
      return current.get();
    }
    String id = newVisitorId();
    response.addCookie(PortalCookie.VISITOR.cookie(request, id));
    return id;
  }

  /** A random id; never one the card-number guard of P26 could mistake for a card. */
  static String newVisitorId() {
    String id;
    do {
      id = Secrets.newToken();
    } while (CardLikeNumbers.containsCardLike(id));
    return id;
  }

  private void record(
      HttpServletRequest request, String path, Instant at, String customer, String visitor) {
    try {
      recorder.record(
          new UsageCommand(
              at,
              FeaturePaths.of(request, path),
              request.getRemoteAddr(),
              request.getHeader(DEVICE_ID_HEADER),
              visitor,
              sessionId(request),
              request.getHeader("User-Agent"),
              customer,
              customer == null ? consent.effective() : null));
    } catch (RuntimeException e) {
      // usage is never worth a failed request
      LOG.log(Level.FINE, "Usage of a request not recorded", e);
    }
  }

  private static String sessionId(HttpServletRequest request) {
    try {
      HttpSession session = request.getSession(false);
      return session == null ? null : session.getId();
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }
}
