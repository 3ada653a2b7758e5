package net.genvoice.fraud.control;

import java.util.List;
import net.genvoice.decision.boundary.AutomatedDecisionView;
import net.genvoice.platform.error.BusinessException;

/**
 * P11, P22: the automated fraud screening refused a sign-up or a new payment method, so nothing of
 * it was kept. The refusal itself is recorded ({@link #decisionId()}) with its reason codes, which
 * the message names, so the person refused learns that a machine decided, why, and how to have a
 * person look at it. Never a score threshold, a partner's internals or an entered value.
 */
public class FraudRejectedException extends BusinessException {

  public static final String CODE = "fraud-screening-rejected";

  private final String decisionId;
  private final List<String> reasons;

  public FraudRejectedException(ScreeningSubject what, AutomatedDecisionView decision) {
    super(
        Kind.FORBIDDEN,
        CODE,
        (what == ScreeningSubject.SIGN_UP
                ? "We could not accept this sign-up, and no account was created"
                : "We could not accept this payment method, and it was not added")
            + ": it was refused by our automated fraud screening"
            + (decision.reasons().isEmpty()
                ? ""
                : " (reasons: " + String.join(", ", decision.reasons()) + ")")
            + ". To have a person review this decision, write to support@genvoice.net"
            + " quoting reference "
            + decision.id()
            + ".");
    this.decisionId = decision.id();
    this.reasons = decision.reasons();
  }

  /** The recorded automated decision (P22). */
  public String decisionId() {
    return decisionId;
  }

  /** The fraud-prevention service's reason codes. */
  public List<String> reasons() {
    return reasons;
  }
}
