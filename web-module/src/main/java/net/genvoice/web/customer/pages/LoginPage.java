package net.genvoice.web.customer.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;
import net.genvoice.web.portal.PortalSignIn;
import net.genvoice.web.security.CustomerCredential;

/**
 * login.xhtml: a customer signs in with email and password. P27: "remember me" only when ticked; a
 * refusal reads the same whether or not the email has an account.
 */
@Named
@RequestScoped
public class LoginPage {

  static final String REFUSED = "The email or password is not correct.";

  @Inject PortalSignIn portalSignIn;

  private String email;
  private String password;
  private boolean rememberMe;

  public void signIn() {
    PortalSignIn.Outcome outcome =
        portalSignIn.signIn(new CustomerCredential(email, password), rememberMe);
    if (outcome.signedIn()) {
      PageRedirect.to("/account/index.xhtml");
    } else {
      FieldMessages.showOnPage(outcome.throttled().orElse(REFUSED));
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isRememberMe() {
    return rememberMe;
  }

  public void setRememberMe(boolean rememberMe) {
    this.rememberMe = rememberMe;
  }
}
