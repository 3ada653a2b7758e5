package net.genvoice.web.disclosure.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import net.genvoice.disclosure.registry.boundary.RecipientAuditView;
import net.genvoice.disclosure.registry.boundary.RecipientChangeCommand;
import net.genvoice.disclosure.registry.boundary.RecipientCommand;
import net.genvoice.disclosure.registry.boundary.RecipientView;
import net.genvoice.disclosure.registry.boundary.Recipients;

/** P23: the recipient registry, managed by the compliance officer; every change audited. */
@Path("staff/compliance/recipients")
@Produces(MediaType.APPLICATION_JSON)
public class RecipientsResource {

  @EJB Recipients recipients;
  @Context SecurityContext caller;

  @GET
  public List<RecipientView> all() {
    ComplianceOfficers.require(caller);
    return recipients.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(RecipientCommand command, @Context UriInfo uri) {
    RecipientView created = recipients.create(ComplianceOfficers.require(caller), command);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public RecipientView one(@PathParam("id") String id) {
    ComplianceOfficers.require(caller);
    return recipients.find(id);
  }

  /** Changes name, agreement or purposes; given purposes replace all the entry had. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RecipientView change(@PathParam("id") String id, RecipientChangeCommand command) {
    return recipients.change(ComplianceOfficers.require(caller), id, command);
  }

  @POST
  @Path("{id}/deactivation")
  public RecipientView deactivate(@PathParam("id") String id) {
    return recipients.deactivate(ComplianceOfficers.require(caller), id);
  }

  @GET
  @Path("{id}/history")
  public List<RecipientAuditView> history(@PathParam("id") String id) {
    ComplianceOfficers.require(caller);
    return recipients.history(id);
  }
}
