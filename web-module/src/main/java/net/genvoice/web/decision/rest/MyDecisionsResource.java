package net.genvoice.web.decision.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import net.genvoice.decision.boundary.AutomatedDecisionView;
import net.genvoice.decision.boundary.AutomatedDecisions;

/**
 * P11, P22: every automated decision about the signed-in customer (fraud screenings of their
 * sign-up and payment methods, credit checks), newest first: outcome, reason codes, data sent.
 */
@Path("me/automated-decisions")
@Produces(MediaType.APPLICATION_JSON)
public class MyDecisionsResource {

  @EJB AutomatedDecisions decisions;
  @Context SecurityContext caller;

  @GET
  public List<AutomatedDecisionView> all() {
    return decisions.of(caller.getUserPrincipal().getName());
  }
}
