package net.genvoice.web.directory.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.genvoice.directory.boundary.DirectoryListingView;
import net.genvoice.directory.boundary.DirectoryListings;

/** P19: the caller asks to be listed in the phone directory (role "customer"). */
@Path("me/directory-listing")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryListingResource {

  @EJB DirectoryListings listings;
  @Context SecurityContext caller;

  @POST
  public Response publish() {
    DirectoryListingView listed = listings.publish(caller.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(listed).build();
  }
}
