package net.genvoice.web.cookies;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import net.genvoice.cookies.boundary.CookiePreferences;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.usage.boundary.UsageEvents;

/**
 * P06: receives the cookie banner's and the preferences page's plain form (it works without
 * JavaScript). The choice goes into the browser's essential cookie; for a signed-in customer it is
 * also recorded as consent events (web channel). Refusing analytics deletes the analytics cookie
 * and unlinks the usage events it linked. Then back to the page the form was on (303).
 */
@WebServlet(CookieChoiceServlet.PATH)
public class CookieChoiceServlet extends HttpServlet {

  public static final String PATH = "/cookies/choice";

  @Inject CookieConsent consent;
  @EJB CookiePreferences preferences;
  @EJB UsageEvents usageEvents;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.allows(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<CookieChoice> choice =
        CookieForm.choiceOf(request.getParameter("choice"), request.getParameterValues("category"));
    if (choice.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    consent
        .customerId()
        .ifPresent(customer -> preferences.record(customer, choice.get(), request.getRemoteAddr()));
    consent.changedTo(choice.get());
    response.addCookie(PortalCookie.COOKIE_CHOICE.cookie(request, choice.get().cookieValue()));
    if (!choice.get().allows(CookieCategory.ANALYTICS)) {
      Optional<String> visitor = PortalCookie.VISITOR.valueIn(request);
      if (visitor.isPresent()) {
        usageEvents.forgetVisitor(visitor.get());
        response.addCookie(PortalCookie.VISITOR.deletion(request));
      }
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", request.getContextPath() + ReturnPaths.safe(request.getParameter("return")));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + ReturnPaths.DEFAULT);
  }
}
