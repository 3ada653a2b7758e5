package net.genvoice.web.communication.rest;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import net.genvoice.communication.boundary.CampaignCommand;
import net.genvoice.communication.boundary.CampaignPreviewView;
import net.genvoice.communication.boundary.CampaignView;
import net.genvoice.communication.boundary.Campaigns;
import net.genvoice.communication.boundary.MessageView;

/**
 * P12: marketing campaigns by telemarketing, direct mail or email: create, preview (the audience
 * and the customers held back, by reason), run (202: the messages go out in the background, each
 * checked again when it is sent) and follow.
 */
@Path("staff/marketing/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

  @EJB Campaigns campaigns;
  @Context SecurityContext caller;

  @GET
  public List<CampaignView> all() {
    MarketingStaff.idOf(caller);
    return campaigns.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid CampaignCommand command, @Context UriInfo uri) {
    CampaignView created = campaigns.create(MarketingStaff.idOf(caller), command);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public CampaignView campaign(@PathParam("id") String id) {
    MarketingStaff.idOf(caller);
    return campaigns.find(id);
  }

  @GET
  @Path("{id}/preview")
  public CampaignPreviewView preview(@PathParam("id") String id) {
    MarketingStaff.idOf(caller);
    return campaigns.preview(id);
  }

  /** Starts the campaign; 409 when it ran already or telemarketing lacks a fresh registry. */
  @POST
  @Path("{id}/run")
  public Response run(@PathParam("id") String id) {
    return Response.accepted(campaigns.run(MarketingStaff.idOf(caller), id)).build();
  }

  /** The campaign's messages, one per customer, with their outcome and reason (first 1,000). */
  @GET
  @Path("{id}/messages")
  public List<MessageView> messages(
      @PathParam("id") String id, @QueryParam("status") String status) {
    MarketingStaff.idOf(caller);
    return campaigns.messages(id, status);
  }
}
