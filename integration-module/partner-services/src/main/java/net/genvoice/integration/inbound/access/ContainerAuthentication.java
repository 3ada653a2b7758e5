package net.genvoice.integration.inbound.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * This WAR's Jakarta Security mechanism, which lets every request through to {@link
 * PartnerAccessFilter}. Payara installs Jakarta Security in every CDI-enabled module of the EAR
 * once any module defines a mechanism (the web module does), and a module without one of its own
 * fails every request (seen: "mechanismInstance is null"). Partners are authenticated by the
 * filter, which also screens the body; this WAR has no container security constraints.
 */
@ApplicationScoped
public class ContainerAuthentication implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}
