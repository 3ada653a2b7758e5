package net.genvoice.web.customer.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import net.genvoice.customer.boundary.CustomerView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.customer.boundary.PaymentMethodCommand;
import net.genvoice.customer.boundary.PaymentMethodView;
import net.genvoice.customer.boundary.ProfileCorrection;
import net.genvoice.customer.boundary.SeatCommand;
import net.genvoice.customer.boundary.SeatView;

/** The signed-in customer's own account (role "customer", by bearer token). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @EJB Customers customers;
  @Context SecurityContext caller;

  @GET
  public CustomerView profile() {
    return customers.profile(callerId());
  }

  @PATCH
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  public CustomerView correct(@NotNull @Valid ProfileCorrection correction) {
    return customers.correct(callerId(), correction);
  }

  @GET
  @Path("payment-methods")
  public List<PaymentMethodView> paymentMethods() {
    return customers.paymentMethods(callerId());
  }

  @POST
  @Path("payment-methods")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addPaymentMethod(
      @NotNull @Valid PaymentMethodCommand request,
      @Context UriInfo uri,
      @Context HttpServletRequest http) {
    PaymentMethodView added = customers.addPaymentMethod(callerId(), request, http.getRemoteAddr());
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build())
        .entity(added)
        .build();
  }

  @DELETE
  @Path("payment-methods/{id}")
  public Response removePaymentMethod(@PathParam("id") String id) {
    customers.removePaymentMethod(callerId(), id);
    return Response.noContent().build();
  }

  @PUT
  @Path("payment-methods/{id}/default")
  public List<PaymentMethodView> chooseDefault(@PathParam("id") String id) {
    return customers.chooseDefaultPaymentMethod(callerId(), id);
  }

  @GET
  @Path("seats")
  public List<SeatView> seats() {
    return customers.seats(callerId());
  }

  @POST
  @Path("seats")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addSeat(@NotNull @Valid SeatCommand request, @Context UriInfo uri) {
    SeatView added = customers.addSeat(callerId(), request);
    return Response.created(uri.getAbsolutePathBuilder().path(added.customerId()).build())
        .entity(added)
        .build();
  }

  @DELETE
  @Path("seats/{id}")
  public Response removeSeat(@PathParam("id") String id) {
    customers.removeSeat(callerId(), id);
    return Response.noContent().build();
  }

  private String callerId() {
    return caller.getUserPrincipal().getName();
  }
}
