package net.genvoice.web.disclosure.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import net.genvoice.disclosure.boundary.DisclosureLedger;
import net.genvoice.disclosure.boundary.DisclosureView;

/** P17-P21: what GenVoice disclosed about the signed-in customer: to whom, when, why, what. */
@Path("me/disclosures")
@Produces(MediaType.APPLICATION_JSON)
public class MyDisclosuresResource {

  @EJB DisclosureLedger ledger;
  @Context SecurityContext caller;

  @GET
  public List<DisclosureView> all() {
    return ledger.disclosuresOf(caller.getUserPrincipal().getName());
  }
}
