package net.genvoice.integration.inbound.rest;

import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.genvoice.integration.inbound.access.PartnerAccessFilter;
import net.genvoice.integration.inbound.access.PartnerRefusals;
import net.genvoice.partner.boundary.CustomerDataCommand;
import net.genvoice.partner.boundary.CustomerDataView;
import net.genvoice.partner.boundary.DisclosureRefusedException;
import net.genvoice.partner.boundary.PartnerCaller;
import net.genvoice.partner.boundary.PartnerRequests;
import net.genvoice.partner.entity.PartnerChannel;
import net.genvoice.platform.error.BusinessException;

/**
 * {@code POST /partner/api/v1/customer-data-requests}: an authenticated partner asks for a
 * customer's data; 200 with {@code {"requestId", "releaseId", "data": {field: value}}} holding only
 * the permitted fields, or a problem (403 with the policy's reason code and the ledger id of the
 * denial, 400 naming each bad field, 404 for no such customer).
 */
@WebServlet("/api/v1/*")
public class CustomerDataServlet extends HttpServlet {

  static final String PATH = "/customer-data-requests";
  private static final Logger LOG = Logger.getLogger(CustomerDataServlet.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB PartnerRequests requests;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!PATH.equals(request.getPathInfo())) {
      PartnerRefusals.problem(response, 404, "not-found", "There is no resource at this address.");
      return;
    }
    if (!"POST".equals(request.getMethod())) {
      response.setHeader("Allow", "POST");
      PartnerRefusals.problem(response, 405, "method-not-allowed", "Send the request with POST.");
      return;
    }
    CustomerDataRequest body;
    try {
      body = JSON.fromJson(request.getInputStream(), CustomerDataRequest.class);
    } catch (JsonbException e) {
      PartnerRefusals.problem(response, 400, "malformed-json", "The body is not valid JSON.");
      return;
    }
    PartnerCaller caller = (PartnerCaller) request.getAttribute(PartnerAccessFilter.CALLER);
    try {
      CustomerDataView answer =
          requests.answer(caller, commandOf(body), PartnerChannel.REST, request.getRemoteAddr());
      byte[] json = JSON.toJson(answer).getBytes(StandardCharsets.UTF_8);
      response.setContentType("application/json");
      response.setHeader("Cache-Control", "no-store");
      response.setContentLength(json.length);
      response.getOutputStream().write(json);
    } catch (BusinessException refused) {
      RestProblems.write(response, refused, releaseIdOf(refused));
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "Partner request failed", unexpected);
      PartnerRefusals.problem(
          response, 500, "internal-error", "The request could not be answered; nothing was sent.");
    }
  }

  private static CustomerDataCommand commandOf(CustomerDataRequest body) {
    return body == null
        ? null
        : new CustomerDataCommand(
            body.requestId(), body.customerId(), body.phoneNumber(), body.purpose(), body.fields());
  }

  private static String releaseIdOf(BusinessException refused) {
    return refused instanceof DisclosureRefusedException denied ? denied.releaseId() : null;
  }
}
