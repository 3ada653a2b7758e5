package net.genvoice.credit.boundary;

import java.time.Instant;
import java.util.List;
import net.genvoice.decision.entity.AutomatedDecision;

/**
 * P21, P22: what the customer is told of the credit inquiry made on their application: that it was
 * made (soft, or hard and then noted on their credit record), with which data, the score and
 * reasons the agency gave, the outcome, and that it was decided automatically.
 */
public record CreditCheckView(
    String outcome,
    Integer score,
    List<String> reasons,
    List<String> dataSent,
    String method,
    String decidedBy,
    Instant decidedAt) {

  static CreditCheckView of(AutomatedDecision decision) {
    return new CreditCheckView(
        decision.outcome().name(),
        decision.score(),
        decision.reasons(),
        decision.inputs(),
        decision.method(),
        decision.decidedBy(),
        decision.decidedAt());
  }
}
