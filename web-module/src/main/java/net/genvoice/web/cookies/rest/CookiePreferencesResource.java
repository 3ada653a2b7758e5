package net.genvoice.web.cookies.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import net.genvoice.cookies.boundary.CookiePreferences;
import net.genvoice.cookies.boundary.CookiePreferencesCommand;
import net.genvoice.cookies.boundary.CookiePreferencesView;
import net.genvoice.web.cookies.PrivacySignalFilter;

/**
 * P06, P25: the signed-in customer's cookie preferences (role "customer"): which categories they
 * allow, and whether the Global Privacy Control signal was sent and recorded (P24). A change is
 * recorded as consent events on the web channel; an unknown category is refused and writes nothing.
 */
@Path("me/cookie-preferences")
@Produces(MediaType.APPLICATION_JSON)
public class CookiePreferencesResource {

  @EJB CookiePreferences preferences;
  @Context SecurityContext caller;
  @Context HttpServletRequest request;

  @GET
  public CookiePreferencesView current() {
    return preferences.view(callerId(), PrivacySignalFilter.isSent(request));
  }

  /** Replaces the whole choice: e.g. {@code {"categories": {"analytics": true}}}. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public CookiePreferencesView replace(@NotNull @Valid CookiePreferencesCommand command) {
    return preferences.update(
        callerId(), command, request.getRemoteAddr(), PrivacySignalFilter.isSent(request));
  }

  private String callerId() {
    return caller.getUserPrincipal().getName();
  }
}
