package net.genvoice.web.communication.rest;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import net.genvoice.communication.boundary.DoNotCallCommand;
import net.genvoice.communication.boundary.DoNotCallEntries;
import net.genvoice.communication.boundary.DoNotCallEntryView;

/**
 * P12: GenVoice's own do-not-call list: numbers in E.164 added on request (a number in any other
 * form is refused), kept five years from the latest request.
 */
@Path("staff/marketing/do-not-call")
@Produces(MediaType.APPLICATION_JSON)
public class DoNotCallResource {

  @EJB DoNotCallEntries entries;
  @Context SecurityContext caller;

  /** The current entries, latest first; {@code phone} narrows them to numbers containing it. */
  @GET
  public List<DoNotCallEntryView> entries(@QueryParam("phone") String phone) {
    MarketingStaff.idOf(caller);
    return entries.entries(phone);
  }

  /** Adds a number (201), or renews the five years of one listed already (200). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@NotNull @Valid DoNotCallCommand command, @Context UriInfo uri) {
    DoNotCallEntryView entry = entries.add(MarketingStaff.idOf(caller), command);
    if (entry.renewed()) {
      return Response.ok(entry).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(entry.id()).build())
        .entity(entry)
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") String id) {
    entries.remove(MarketingStaff.idOf(caller), id);
    return Response.noContent().build();
  }
}
