package net.genvoice.fraud.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.genvoice.decision.entity.DecisionOutcome;
import net.genvoice.fraud.control.FraudAssessment.Recommendation;
import org.junit.jupiter.api.Test;

class FraudScreeningTest {

  @Test
  void eachRecommendationDecidesItsOutcome() {
    assertEquals(DecisionOutcome.APPROVED, FraudScreening.outcomeOf(Recommendation.ACCEPT));
    assertEquals(DecisionOutcome.REVIEW, FraudScreening.outcomeOf(Recommendation.REVIEW));
    assertEquals(DecisionOutcome.DECLINED, FraudScreening.outcomeOf(Recommendation.REJECT));
  }

  @Test
  void everyRuleFitsTheDecisionRecord() {
    for (ScreeningSubject what : ScreeningSubject.values()) {
      for (DecisionOutcome outcome : DecisionOutcome.values()) {
        String method = FraudScreening.method(what, outcome);
        assertTrue(method.length() <= 100, method.length() + ": " + method);
      }
    }
  }
}
