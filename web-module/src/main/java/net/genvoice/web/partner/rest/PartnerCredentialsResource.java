package net.genvoice.web.partner.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import net.genvoice.identity.boundary.Roles;
import net.genvoice.partner.boundary.IssuedCredentialView;
import net.genvoice.partner.boundary.PartnerCommand;
import net.genvoice.partner.boundary.PartnerCredentials;
import net.genvoice.partner.boundary.PartnerRefusalView;
import net.genvoice.partner.boundary.PartnerView;

/**
 * Compliance officers manage partners' credentials: each tied to a recipient of the registry; a new
 * or rotated secret is in that one answer only ({@code Cache-Control: no-store}) and never again.
 */
@Path("staff/compliance/partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerCredentialsResource {

  @EJB PartnerCredentials partners;
  @Context SecurityContext caller;

  @GET
  public List<PartnerView> all() {
    requireComplianceOfficer();
    return partners.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issue(PartnerRequest request, @Context UriInfo uri) {
    requireComplianceOfficer();
    IssuedCredentialView issued =
        partners.issue(
            request == null ? null : new PartnerCommand(request.partnerId(), request.recipientId()),
            caller.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(issued.partnerId()).build())
        .cacheControl(noStore())
        .entity(issued)
        .build();
  }

  @POST
  @Path("{partnerId}/credential")
  public Response rotate(@PathParam("partnerId") String partnerId) {
    requireComplianceOfficer();
    return Response.ok(partners.rotate(partnerId, caller.getUserPrincipal().getName()))
        .cacheControl(noStore())
        .build();
  }

  @POST
  @Path("{partnerId}/deactivation")
  public PartnerView deactivate(@PathParam("partnerId") String partnerId) {
    requireComplianceOfficer();
    return partners.deactivate(partnerId, caller.getUserPrincipal().getName());
  }

  /** The latest refused partner calls that no ledger entry records, newest first. */
  @GET
  @Path("refusals")
  public List<PartnerRefusalView> refusals() {
    requireComplianceOfficer();
    return partners.recentRefusals();
  }

  private void requireComplianceOfficer() {
    if (!caller.isUserInRole(Roles.COMPLIANCE_OFFICER)) {
      throw new ForbiddenException("Only compliance officers manage partner credentials.");
    }
  }

  private static CacheControl noStore() {
    CacheControl control = new CacheControl();
    control.setNoStore(true);
    control.setNoTransform(false);
    return control;
  }
}
