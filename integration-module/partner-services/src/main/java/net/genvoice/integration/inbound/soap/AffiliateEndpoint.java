package net.genvoice.integration.inbound.soap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.genvoice.integration.inbound.access.PartnerAccessFilter;
import net.genvoice.integration.inbound.access.PartnerRefusals;
import net.genvoice.partner.boundary.CustomerDataCommand;
import net.genvoice.partner.boundary.DisclosureRefusedException;
import net.genvoice.partner.boundary.PartnerCaller;
import net.genvoice.partner.boundary.PartnerRequests;
import net.genvoice.partner.entity.PartnerChannel;
import net.genvoice.platform.error.BusinessException;

/**
 * The affiliate service: an authenticated business affiliate asks for a customer's data for a
 * service it performs (number porting, directory listing). The policy engine decides as the
 * partner's registry entry; the answer carries only the permitted fields; a refusal is the fault
 * {@code refusal} with the stable code as its faultcode (P14, P15, P19, P23).
 */
@WebService(
    name = "Affiliate",
    serviceName = "AffiliateService",
    portName = "AffiliatePort",
    targetNamespace = PartnerRefusals.NAMESPACE)
@HandlerChain(file = "handlers.xml")
public class AffiliateEndpoint {

  private static final Logger LOG = Logger.getLogger(AffiliateEndpoint.class.getName());

  @EJB PartnerRequests requests;
  @Resource WebServiceContext context;

  @WebMethod(operationName = "requestCustomerData")
  @WebResult(name = "answer")
  public CustomerDataAnswer requestCustomerData(@WebParam(name = "request") CustomerDataQuery query)
      throws RequestRefusedFault {
    HttpServletRequest http =
        (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    PartnerCaller caller = (PartnerCaller) http.getAttribute(PartnerAccessFilter.CALLER);
    try {
      return CustomerDataAnswer.of(
          requests.answer(caller, commandOf(query), PartnerChannel.SOAP, http.getRemoteAddr()));
    } catch (DisclosureRefusedException denied) {
      throw refused(denied, denied.releaseId());
    } catch (BusinessException refused) {
      throw refused(refused, null);
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "Affiliate request failed", unexpected);
      String message = "The request could not be answered; nothing was sent.";
      throw new RequestRefusedFault(message, new Refusal("internal-error", message, null));
    }
  }

  private static CustomerDataCommand commandOf(CustomerDataQuery query) {
    if (query == null) {
      return null;
    }
    return new CustomerDataCommand(
        query.requestId,
        query.customerId,
        query.phoneNumber,
        query.purpose,
        query.fields == null ? List.of() : List.copyOf(query.fields));
  }

  private static RequestRefusedFault refused(BusinessException refusal, String releaseId) {
    String message =
        refusal.fieldErrors().isEmpty()
            ? refusal.getMessage()
            : refusal.getMessage() + " " + refusal.fieldErrors();
    return new RequestRefusedFault(message, new Refusal(refusal.code(), message, releaseId));
  }
}
