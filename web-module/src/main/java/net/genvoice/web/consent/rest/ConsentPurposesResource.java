package net.genvoice.web.consent.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import net.genvoice.consent.boundary.ConsentPurposeView;
import net.genvoice.consent.boundary.Consents;

/**
 * The catalogue of consent purposes (P12, P14, P17, P24, P25), public: a client shows a purpose's
 * text and sends its version with the grant.
 */
@Path("consent-purposes")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentPurposesResource {

  @EJB Consents consents;

  @GET
  public List<ConsentPurposeView> catalogue() {
    return consents.catalogue();
  }
}
