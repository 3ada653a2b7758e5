package net.genvoice.web.customer.rest;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.genvoice.identity.boundary.AccessTokens;
import net.genvoice.identity.boundary.Authentication;
import net.genvoice.identity.boundary.IssuedToken;
import net.genvoice.identity.boundary.SignedIn;
import net.genvoice.identity.entity.PrincipalKind;
import net.genvoice.identity.entity.TokenPurpose;

/**
 * Exchanges a customer's email and password for a revocable bearer token, and revokes it. Wrong
 * credentials and unknown emails get the same answer; repeated failures are slowed down, then
 * locked for a while.
 */
@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @EJB Authentication authentication;
  @EJB AccessTokens tokens;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public TokenView issue(@NotNull @Valid TokenRequest request) {
    SignedIn customer = authentication.signInCustomer(request.email(), request.password());
    IssuedToken token = tokens.issue(customer.id(), PrincipalKind.CUSTOMER, TokenPurpose.API);
    return new TokenView(token.token(), token.expiresAt());
  }

  /** Revokes the bearer token the request carries; answers 204 also for an unknown token. */
  @DELETE
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens.revoke(authorization.substring(7).trim());
    }
    return Response.noContent().build();
  }
}
