package net.genvoice.web.staff.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;
import net.genvoice.web.portal.PortalSignIn;

/** staff/login.xhtml: staff sign in with username and password; never remembered. */
@Named
@RequestScoped
public class StaffLoginPage {

  static final String REFUSED = "The username or password is not correct.";

  @Inject PortalSignIn portalSignIn;

  private String username;
  private String password;

  public void signIn() {
    PortalSignIn.Outcome outcome =
        portalSignIn.signIn(new UsernamePasswordCredential(username, password), false);
    if (outcome.signedIn()) {
      PageRedirect.to("/staff/area/index.xhtml");
    } else {
      FieldMessages.showOnPage(outcome.throttled().orElse(REFUSED));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
