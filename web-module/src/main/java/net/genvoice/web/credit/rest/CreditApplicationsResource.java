package net.genvoice.web.credit.rest;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import net.genvoice.credit.boundary.CreditApplicationCommand;
import net.genvoice.credit.boundary.CreditApplicationView;
import net.genvoice.credit.boundary.CreditApplications;

/**
 * P21: the signed-in customer's credit applications (role "customer"). A credit inquiry with a
 * credit agency is possible only while one is open; withdrawing it ends that at once.
 */
@Path("me/credit-applications")
@Produces(MediaType.APPLICATION_JSON)
public class CreditApplicationsResource {

  @EJB CreditApplications applications;
  @Context SecurityContext caller;

  @GET
  public List<CreditApplicationView> all() {
    return applications.ofCustomer(callerId());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(@Valid CreditApplicationCommand command, @Context UriInfo uri) {
    CreditApplicationView opened = applications.open(callerId(), command);
    return Response.created(uri.getAbsolutePathBuilder().path(opened.id()).build())
        .entity(opened)
        .build();
  }

  @POST
  @Path("{id}/withdrawal")
  public CreditApplicationView withdraw(@PathParam("id") String id) {
    return applications.withdraw(callerId(), id);
  }

  private String callerId() {
    return caller.getUserPrincipal().getName();
  }
}
