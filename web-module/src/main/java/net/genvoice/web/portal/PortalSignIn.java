package net.genvoice.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import net.genvoice.identity.boundary.SignInThrottledException;
import net.genvoice.web.problem.Causes;
import net.genvoice.web.security.PortalAuthenticationMechanism;

/**
 * Signs the caller in from a page through the portal's authentication mechanism. A new session id
 * is issued on success, so an id planted before sign-in is worth nothing afterwards.
 */
@RequestScoped
public class PortalSignIn {

  @Inject SecurityContext security;

  /** The outcome of a sign-in attempt: signed in, refused, or throttled (with its message). */
  public record Outcome(boolean signedIn, Optional<String> throttled) {}

  public Outcome signIn(Credential credential, boolean rememberMe) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      AuthenticationStatus status =
          security.authenticate(
              request,
              (HttpServletResponse) external.getResponse(),
              AuthenticationParameters.withParams()
                  .credential(credential)
                  .rememberMe(rememberMe)
                  .newAuthentication(true));
      if (status != AuthenticationStatus.SUCCESS) {
        return new Outcome(
            false,
            Optional.ofNullable(
                (String) request.getAttribute(PortalAuthenticationMechanism.THROTTLED_ATTRIBUTE)));
      }
    } catch (RuntimeException e) {
      return Causes.innermost(e, SignInThrottledException.class)
          .map(throttled -> new Outcome(false, Optional.of(throttled.getMessage())))
          .orElseThrow(() -> e);
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    return new Outcome(true, Optional.empty());
  }
}
