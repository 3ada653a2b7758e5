package net.genvoice.web.customer.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import net.genvoice.customer.boundary.CustomerView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.customer.boundary.SignUpCommand;

/**
 * P03: sign-up. Anyone may create an account; only its owner may read it afterwards. A sign-up the
 * fraud screening rejects is 403 {@code fraud-screening-rejected}; one it cannot make (the service
 * unavailable) is 503 {@code provider-unavailable}: nothing is created either way.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {

  @EJB Customers customers;

  @POST
  public Response signUp(
      @NotNull @Valid SignUpCommand request,
      @Context UriInfo uri,
      @Context HttpServletRequest http) {
    // P11, P20: the client's address goes to the fraud screening, if the registry allows it
    CustomerView created = customers.signUp(request, http.getRemoteAddr());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public CustomerView customer(@PathParam("id") String id, @Context SecurityContext caller) {
    if (caller.getUserPrincipal() == null || !caller.getUserPrincipal().getName().equals(id)) {
      throw new ForbiddenException("A customer can read only their own account.");
    }
    return customers.profile(id);
  }
}
