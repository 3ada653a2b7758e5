package net.genvoice.web.staff.rest;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.genvoice.identity.boundary.AccessTokens;
import net.genvoice.identity.boundary.Authentication;
import net.genvoice.identity.boundary.IssuedToken;
import net.genvoice.identity.boundary.SignedIn;
import net.genvoice.identity.entity.TokenPurpose;
import net.genvoice.staff.boundary.StaffMembers;
import net.genvoice.web.customer.rest.TokenView;

/**
 * Staff sign in to the API here, never at the customers' {@code /auth/token}: a staff token carries
 * staff roles only. A one-time password yields no token until it is replaced. Wrong credentials are
 * answered alike whether or not the username exists, and are throttled like every sign-in. {@code
 * DELETE /api/v1/auth/token} revokes a staff token too.
 */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffAuthResource {

  @EJB Authentication authentication;
  @EJB AccessTokens tokens;
  @EJB StaffMembers staff;

  @POST
  @Path("staff-token")
  public TokenView issue(@NotNull @Valid StaffTokenRequest request) {
    SignedIn member = authentication.signInStaffForApi(request.username(), request.password());
    IssuedToken token = tokens.issue(member, TokenPurpose.API);
    return new TokenView(token.token(), token.expiresAt());
  }

  /** Replaces a staff member's password, the one-time one included; 204 when done. */
  @PUT
  @Path("staff-password")
  public Response changePassword(@NotNull @Valid StaffPasswordRequest request) {
    SignedIn member = authentication.signInStaff(request.username(), request.currentPassword());
    staff.changePassword(member.id(), request.currentPassword(), request.newPassword());
    return Response.noContent().build();
  }
}
