package net.genvoice.web.consent.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import net.genvoice.consent.boundary.ConsentCommand;
import net.genvoice.consent.boundary.ConsentEventView;
import net.genvoice.consent.boundary.ConsentView;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.boundary.WithdrawalCommand;

/**
 * P12, P17, P24: the signed-in customer's consents (role "customer"). Every change is a new event
 * on the web channel, for the caller only; the source address is truncated by the boundary.
 */
@Path("me/consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentsResource {

  @EJB Consents consents;
  @Context SecurityContext caller;
  @Context HttpServletRequest request;

  @GET
  public List<ConsentView> currentState() {
    return consents.currentState(callerId());
  }

  @GET
  @Path("history")
  public List<ConsentEventView> history() {
    return consents.history(callerId());
  }

  /** P17, P24: gives a consent; answers with the event and the location of its receipt. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response grant(@NotNull @Valid ConsentCommand command, @Context UriInfo uri) {
    ConsentEventView event = consents.grant(callerId(), command, request.getRemoteAddr());
    return Response.created(receiptUri(uri, event)).entity(event).build();
  }

  /** P12: withdraws in one step, effective at once; the body is needed only for a disclosure. */
  @POST
  @Path("{purpose}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response withdraw(
      @PathParam("purpose") String purpose, @Valid WithdrawalRequest body, @Context UriInfo uri) {
    WithdrawalRequest named = body == null ? new WithdrawalRequest(null, null, null) : body;
    ConsentEventView event =
        consents.withdraw(
            callerId(),
            new WithdrawalCommand(purpose, named.recipient(), named.scope(), named.subject()),
            request.getRemoteAddr());
    return Response.created(receiptUri(uri, event)).entity(event).build();
  }

  /** P17: the consent receipt of one event, as a JSON file to keep. */
  @GET
  @Path("receipts/{eventId}")
  public Response receipt(@PathParam("eventId") String eventId) {
    return Response.ok(consents.receipt(callerId(), eventId), MediaType.APPLICATION_JSON_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"consent-receipt-" + safe(eventId) + ".json\"")
        .build();
  }

  private static java.net.URI receiptUri(UriInfo uri, ConsentEventView event) {
    return uri.getBaseUriBuilder().path("me/consents/receipts").path(event.id()).build();
  }

  /** The id reached the boundary and matched an event; this only keeps the header well-formed. */
  private static String safe(String eventId) {
    return eventId.replaceAll("[^0-9A-Za-z-]", "");
  }

  private String callerId() {
    return caller.getUserPrincipal().getName();
  }
}
