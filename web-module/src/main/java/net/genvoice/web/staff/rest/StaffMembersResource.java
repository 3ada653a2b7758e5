package net.genvoice.web.staff.rest;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.genvoice.identity.boundary.Roles;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.staff.boundary.StaffMembers;
import net.genvoice.staff.boundary.StaffView;
import net.genvoice.staff.entity.StaffRole;

/** Administrators list staff accounts and create them, as on the staff administration page. */
@Path("staff/admin/members")
@Produces(MediaType.APPLICATION_JSON)
public class StaffMembersResource {

  @EJB StaffMembers staff;
  @Context SecurityContext caller;

  @GET
  public List<StaffView> all() {
    requireAdministrator();
    return staff.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid StaffMemberRequest request, @Context UriInfo uri) {
    requireAdministrator();
    StaffView created =
        staff.create(
            request.username(), request.displayName(), request.password(), roles(request.roles()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  private void requireAdministrator() {
    if (!caller.isUserInRole(Roles.ADMINISTRATOR)) {
      throw new ForbiddenException("Only administrators manage staff accounts.");
    }
  }

  private static Set<StaffRole> roles(List<String> names) {
    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    for (String name : names) {
      roles.add(
          Arrays.stream(StaffRole.values())
              .filter(role -> role.roleName().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "roles",
                          "Unknown role "
                              + name
                              + ": support-agent, marketing, compliance-officer or administrator")));
    }
    return roles;
  }
}
