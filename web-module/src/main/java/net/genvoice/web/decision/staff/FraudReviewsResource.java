package net.genvoice.web.decision.staff;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import net.genvoice.decision.boundary.AutomatedDecisionView;
import net.genvoice.decision.boundary.AutomatedDecisions;
import net.genvoice.decision.entity.DecisionKind;
import net.genvoice.decision.entity.DecisionOutcome;

/**
 * P11: the fraud screenings the fraud-prevention service sent to review, newest first, for support
 * agents (role support agent): the sign-up or payment method went ahead, and a person looks at it.
 */
@Path("staff/support/fraud-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class FraudReviewsResource {

  static final int LIMIT = 200;

  @EJB AutomatedDecisions decisions;

  @GET
  public List<AutomatedDecisionView> waiting() {
    return decisions.withOutcome(DecisionKind.FRAUD_SCREENING, DecisionOutcome.REVIEW, LIMIT);
  }
}
