package net.genvoice.web.payment.rest;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import net.genvoice.payment.boundary.PaymentCommand;
import net.genvoice.payment.boundary.PaymentView;
import net.genvoice.payment.boundary.Payments;

/**
 * P10, P20: one-off payments, such as topping up call credit, through the caller's payment method
 * (role "customer"). Each authorisation and capture is a policy-checked, recorded release.
 */
@Path("me/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  @EJB Payments payments;
  @Context SecurityContext caller;

  @GET
  public List<PaymentView> payments() {
    return payments.payments(callerId());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response pay(@NotNull @Valid PaymentCommand command, @Context UriInfo uri) {
    PaymentView paid = payments.pay(callerId(), command);
    return Response.created(uri.getAbsolutePathBuilder().path(paid.id()).build())
        .entity(paid)
        .build();
  }

  private String callerId() {
    return caller.getUserPrincipal().getName();
  }
}
