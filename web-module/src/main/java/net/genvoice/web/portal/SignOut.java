package net.genvoice.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The "Sign out" button of the header: ends the authentication (the mechanism revokes a remember-me
 * token and clears its cookie, P27), ends the session (P28), and goes home.
 */
@Named
@RequestScoped
public class SignOut {

  public void signOut() throws ServletException, IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
  }
}
