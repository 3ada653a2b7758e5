package net.genvoice.web.disclosure.rest;

import jakarta.ejb.EJB;
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
import net.genvoice.disclosure.legal.boundary.LegalExportView;
import net.genvoice.disclosure.legal.boundary.LegalRequestCommand;
import net.genvoice.disclosure.legal.boundary.LegalRequestView;
import net.genvoice.disclosure.legal.boundary.LegalRequests;

/** P18: subpoenas and court orders: recorded, then fulfilled once as a ledger-recorded export. */
@Path("staff/compliance/legal-requests")
@Produces(MediaType.APPLICATION_JSON)
public class LegalRequestsResource {

  @EJB LegalRequests legalRequests;
  @Context SecurityContext caller;

  @GET
  public List<LegalRequestView> all() {
    ComplianceOfficers.require(caller);
    return legalRequests.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(LegalRequestCommand command, @Context UriInfo uri) {
    LegalRequestView recorded = legalRequests.record(ComplianceOfficers.require(caller), command);
    return Response.created(uri.getAbsolutePathBuilder().path(recorded.id()).build())
        .entity(recorded)
        .build();
  }

  @GET
  @Path("{id}")
  public LegalRequestView one(@PathParam("id") String id) {
    ComplianceOfficers.require(caller);
    return legalRequests.find(id);
  }

  /** The export for the authority, as a JSON file; answered once per request. */
  @POST
  @Path("{id}/export")
  public Response export(@PathParam("id") String id) {
    LegalExportView export = legalRequests.fulfil(ComplianceOfficers.require(caller), id);
    return Response.ok(export, MediaType.APPLICATION_JSON_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"legal-export-" + export.legalRequestId() + ".json\"")
        .build();
  }
}
