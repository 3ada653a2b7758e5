package net.genvoice.web.decision.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import net.genvoice.decision.boundary.AutomatedDecisionView;
import net.genvoice.decision.boundary.AutomatedDecisions;
import net.genvoice.web.disclosure.pages.DisclosureWords;
import net.genvoice.web.portal.Caller;

/**
 * account/decisions.xhtml (P11, P22): the automated decisions about the signed-in customer: what,
 * when, the outcome, the reason codes, which data was used and that no person decided.
 */
@Named
@RequestScoped
public class MyDecisionsPage {

  private static final Map<String, String> KINDS =
      Map.of(
          "FRAUD_SCREENING", "Fraud screening",
          "CREDITWORTHINESS", "Credit check",
          "PAYMENT_VERIFICATION", "Payment verification");
  private static final Map<String, String> OUTCOMES =
      Map.of(
          "APPROVED", "Accepted",
          "REVIEW", "Accepted, a person will review it",
          "DECLINED", "Refused");

  @EJB AutomatedDecisions decisions;
  @Inject Caller caller;

  private List<AutomatedDecisionView> mine;

  public List<AutomatedDecisionView> getDecisions() {
    if (mine == null) {
      mine = decisions.of(caller.id());
    }
    return mine;
  }

  public String when(AutomatedDecisionView decision) {
    return DisclosureWords.time(decision.decidedAt());
  }

  public String what(AutomatedDecisionView decision) {
    String kind = KINDS.getOrDefault(decision.kind(), decision.kind());
    return "sign-up".equals(decision.subject())
        ? kind + " of your sign-up"
        : "payment-method".equals(decision.subject()) ? kind + " of a new payment method" : kind;
  }

  public String outcome(AutomatedDecisionView decision) {
    return OUTCOMES.getOrDefault(decision.outcome(), decision.outcome());
  }

  public String reasons(AutomatedDecisionView decision) {
    return decision.reasons().isEmpty() ? "none given" : String.join(", ", decision.reasons());
  }

  public String data(AutomatedDecisionView decision) {
    return String.join(", ", decision.dataSent());
  }
}
