package net.genvoice.web.consent.rest;

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
import net.genvoice.consent.boundary.CapturedConsentCommand;
import net.genvoice.consent.boundary.ConsentEventView;
import net.genvoice.consent.boundary.ConsentView;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.customer.boundary.CustomerSummaryView;
import net.genvoice.customer.boundary.Customers;

/**
 * P17: support agents (role "support-agent", by web.xml) find the customer on the line, read their
 * consent state and history, and record a consent the customer gave or withdrew verbally during a
 * call or in a signed document. An agent can never record a web consent for a customer: there is no
 * such address, and the customer's own consent API admits customers only.
 */
@Path("staff/support/customers")
@Produces(MediaType.APPLICATION_JSON)
public class SupportConsentsResource {

  @EJB Customers customers;
  @EJB Consents consents;
  @Context SecurityContext caller;

  /** By {@code email} or by {@code phone} (international form), exactly one. */
  @GET
  public List<CustomerSummaryView> lookUp(
      @QueryParam("email") String email, @QueryParam("phone") String phone) {
    return customers.lookUp(email, phone);
  }

  @GET
  @Path("{customerId}/consents")
  public List<ConsentView> currentState(@PathParam("customerId") String customerId) {
    return consents.currentState(customerId);
  }

  @GET
  @Path("{customerId}/consents/history")
  public List<ConsentEventView> history(@PathParam("customerId") String customerId) {
    return consents.history(customerId);
  }

  /** A consent given or withdrawn during a call; {@code callReference} names the call. */
  @POST
  @Path("{customerId}/consents/verbal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordVerbal(
      @PathParam("customerId") String customerId,
      @NotNull @Valid CapturedConsentRequest request,
      @Context UriInfo uri) {
    ConsentEventView event = consents.recordVerbal(agentId(), command(customerId, request));
    return created(uri, customerId, event);
  }

  /** A consent given or withdrawn in a signed document; {@code documentReference} names it. */
  @POST
  @Path("{customerId}/consents/written")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordWritten(
      @PathParam("customerId") String customerId,
      @NotNull @Valid CapturedConsentRequest request,
      @Context UriInfo uri) {
    ConsentEventView event = consents.recordWritten(agentId(), command(customerId, request));
    return created(uri, customerId, event);
  }

  private static CapturedConsentCommand command(String customerId, CapturedConsentRequest request) {
    return new CapturedConsentCommand(
        customerId,
        request.purpose(),
        request.recipient(),
        request.scope(),
        request.data(),
        request.granted(),
        request.textVersion(),
        request.callReference(),
        request.documentReference());
  }

  private static Response created(UriInfo uri, String customerId, ConsentEventView event) {
    return Response.created(
            uri.getBaseUriBuilder()
                .path("staff/support/customers")
                .path(customerId)
                .path("consents/history")
                .build())
        .entity(event)
        .build();
  }

  private String agentId() {
    return caller.getUserPrincipal().getName();
  }
}
