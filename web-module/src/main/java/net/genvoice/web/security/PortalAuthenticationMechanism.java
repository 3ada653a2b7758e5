package net.genvoice.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import net.genvoice.identity.boundary.AccessTokens;
import net.genvoice.identity.boundary.Authentication;
import net.genvoice.identity.boundary.SignInThrottledException;
import net.genvoice.identity.boundary.SignedIn;
import net.genvoice.identity.entity.PrincipalKind;
import net.genvoice.identity.entity.TokenPurpose;
import net.genvoice.web.problem.Causes;

/**
 * The one authentication mechanism of the web module:
 *
 * <ul>
 *   <li>API calls carry {@code Authorization: Bearer <token>} (a revocable token from {@code POST
 *       /api/v1/auth/token});
 *   <li>portal pages sign in through {@code SecurityContext.authenticate} with a {@link
 *       CustomerCredential} or, in the staff area, a username and password; the session then
 *       carries the caller (P28: a session cookie);
 *   <li>P27: "remember me" only when ticked, as an opaque token cookie that logout revokes.
 * </ul>
 *
 * An unauthenticated call to a protected API path gets a 401 problem; a protected page redirects to
 * its login.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The request attribute that carries the message of a throttled sign-in to the page. */
  public static final String THROTTLED_ATTRIBUTE = "net.genvoice.web.security.throttled";

  @Inject IdentityStoreHandler identityStores;
  @EJB AccessTokens tokens;
  @EJB Authentication authentication;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<String> bearer = bearerToken(request);
    if (bearer.isPresent()) {
      return tokenPrincipal(bearer.get(), TokenPurpose.API)
          .map(principal -> notify(context, principal))
          .orElseGet(() -> unauthorized(request, response, context));
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(credential, request, response, context);
    }
    Principal sessionCaller = request.getUserPrincipal();
    if (sessionCaller != null) {
      return continueSession(sessionCaller, context);
    }
    Optional<String> remembered = RememberMeCookie.read(request);
    if (remembered.isPresent()) {
      Optional<SignedIn> principal =
          tokenPrincipal(remembered.get(), TokenPurpose.REMEMBER_ME)
              .filter(signedIn -> signedIn.kind() == PrincipalKind.CUSTOMER);
      if (principal.isPresent()) {
        context.setRegisterSession(principal.get().id(), principal.get().roles());
        return notify(context, principal.get());
      }
      RememberMeCookie.clear(request, response);
    }
    return context.isProtected() ? unauthorized(request, response, context) : context.doNothing();
  }

  private AuthenticationStatus signIn(
      Credential credential,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    CredentialValidationResult result;
    try {
      result = identityStores.validate(credential);
    } catch (RuntimeException e) {
      // Payara's JASPIC layer would log this and answer a bare failure: hand it to the sign-in page
      SignInThrottledException throttled =
          Causes.innermost(e, SignInThrottledException.class).orElseThrow(() -> e);
      request.setAttribute(THROTTLED_ATTRIBUTE, throttled.getMessage());
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // no error page: the sign-in page that called SecurityContext.authenticate shows the refusal
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (context.getAuthParameters().isRememberMe() && credential instanceof CustomerCredential) {
      String customerId = result.getCallerPrincipal().getName();
      RememberMeCookie.write(
          request,
          response,
          tokens.issue(customerId, PrincipalKind.CUSTOMER, TokenPurpose.REMEMBER_ME).token());
    }
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  /** P28: the portal session (registered at sign-in) carries the caller and its roles. */
  private static AuthenticationStatus continueSession(
      Principal caller, HttpMessageContext context) {
    try {
      context
          .getHandler()
          .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
      return AuthenticationStatus.SUCCESS;
    } catch (IOException | UnsupportedCallbackException e) {
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private Optional<SignedIn> tokenPrincipal(String token, TokenPurpose purpose) {
    return tokens.resolve(token, purpose).flatMap(authentication::principalOf);
  }

  private static AuthenticationStatus notify(HttpMessageContext context, SignedIn principal) {
    return context.notifyContainerAboutLogin(principal.id(), principal.roles());
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    try {
      if (path.startsWith("/api/")) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"genvoice\"");
        response.setContentType("application/problem+json");
        response
            .getWriter()
            .write(
                "{\"type\":\"https://genvoice.net/problems/unauthenticated\",\"title\":\"Sign-in"
                    + " required\",\"status\":401,\"code\":\"unauthenticated\",\"detail\":\"Send a"
                    + " valid bearer token from POST /api/v1/auth/token.\"}");
        return AuthenticationStatus.SEND_FAILURE;
      }
      String login = path.startsWith("/staff/") ? "/staff/login.xhtml" : "/login.xhtml";
      return context.redirect(request.getContextPath() + login);
    } catch (IOException e) {
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    RememberMeCookie.read(request).ifPresent(tokens::revoke);
    RememberMeCookie.clear(request, response);
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).trim());
  }
}
