package net.genvoice.web.credit.staff;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.genvoice.credit.boundary.CreditCheckView;
import net.genvoice.credit.boundary.CreditChecks;

/**
 * P21: a support agent runs the credit inquiry on a customer's open credit application again (when
 * the first attempt found the agency unavailable). Without an open application the policy engine
 * refuses it, the refusal is recorded, and nothing reaches the agency: 403 {@code
 * no-open-credit-application}.
 */
@Path("staff/support/customers/{customerId}/credit-inquiries")
@Produces(MediaType.APPLICATION_JSON)
public class CreditInquiriesResource {

  @EJB CreditChecks checks;

  @POST
  public Response inquire(@PathParam("customerId") String customerId) {
    CreditCheckView check = checks.inquire(customerId);
    return Response.status(Response.Status.CREATED).entity(check).build();
  }
}
