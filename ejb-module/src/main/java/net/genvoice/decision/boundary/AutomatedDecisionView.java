package net.genvoice.decision.boundary;

import java.time.Instant;
import java.util.List;
import net.genvoice.decision.entity.AutomatedDecision;

/**
 * P22: what the customer is told of an automated decision about them: what was decided ({@code
 * kind}, and about what: {@code subject}), the outcome, the partner's score and reason codes, the
 * names of the data it was given (never the values), the rule that decided, and that no person did.
 */
public record AutomatedDecisionView(
    String id,
    String kind,
    String subject,
    String outcome,
    Integer score,
    List<String> reasons,
    List<String> dataSent,
    String method,
    String decidedBy,
    Instant decidedAt) {

  public static AutomatedDecisionView of(AutomatedDecision decision) {
    return new AutomatedDecisionView(
        decision.id(),
        decision.kind().name(),
        decision.subjectRef(),
        decision.outcome().name(),
        decision.score(),
        decision.reasons(),
        decision.inputs(),
        decision.method(),
        decision.decidedBy(),
        decision.decidedAt());
  }
}
