package net.genvoice.integration.inbound.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import net.genvoice.integration.inbound.access.PartnerAccessFilter;
import net.genvoice.partner.boundary.CustomerDataCommand;
import net.genvoice.partner.boundary.CustomerDataView;
import net.genvoice.partner.boundary.PartnerCaller;
import net.genvoice.partner.boundary.PartnerRequests;
import net.genvoice.partner.entity.PartnerChannel;

/**
 * {@code POST /partner/api/v1/customer-data-requests}: an authenticated partner asks for a
 * customer's data; 200 with {@code {"requestId", "releaseId", "data": {field: value}}} holding only
 * the permitted fields, or a problem (403 with the policy's reason code).
 */
@Path("customer-data-requests")
public class CustomerDataResource {

  @EJB PartnerRequests requests;
  @Context HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public CustomerDataView request(CustomerDataRequest body) {
    PartnerCaller caller = (PartnerCaller) http.getAttribute(PartnerAccessFilter.CALLER);
    CustomerDataCommand command =
        body == null
            ? null
            : new CustomerDataCommand(
                body.requestId(),
                body.customerId(),
                body.phoneNumber(),
                body.purpose(),
                body.fields());
    return requests.answer(caller, command, PartnerChannel.REST, http.getRemoteAddr());
  }
}
