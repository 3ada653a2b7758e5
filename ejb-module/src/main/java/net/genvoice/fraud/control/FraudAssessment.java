package net.genvoice.fraud.control;

import java.util.List;

/**
 * A fraud-prevention service's answer: a risk score from 0 (none) to 100, its recommendation and
 * the reasons it gave (P22: the inputs of an automated decision).
 */
public record FraudAssessment(
    String screeningId, int score, Recommendation recommendation, List<String> reasons) {

  /** What the service recommends. */
  public enum Recommendation {
    ACCEPT,
    REVIEW,
    REJECT
  }

  public FraudAssessment {
    reasons = List.copyOf(reasons);
  }
}
