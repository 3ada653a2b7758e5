package net.genvoice.decision.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import net.genvoice.decision.entity.AutomatedDecision;
import net.genvoice.decision.entity.DecisionKind;
import net.genvoice.decision.entity.DecisionOutcome;

/**
 * P22: the record of automated decisions. A decision that lets the customer's request go on is
 * written in the caller's transaction (it belongs to what the request creates and goes if that is
 * rolled back); a refusal is written in a transaction of its own, so it stays, like the ledger's
 * record of the release, when the refused request leaves nothing else behind: the person refused
 * can quote it and have a person review it.
 */
@Stateless
public class AutomatedDecisions {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public AutomatedDecisionView record(AutomatedDecision.Facts facts) {
    AutomatedDecision decision = new AutomatedDecision(facts, clock.instant());
    em.persist(decision);
    return AutomatedDecisionView.of(decision);
  }

  /** A refusal, committed at once whatever the caller's transaction does next. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AutomatedDecisionView recordRefusal(AutomatedDecision.Facts facts) {
    return record(facts);
  }

  /** Every automated decision about the customer, newest first. */
  public List<AutomatedDecisionView> of(String customerId) {
    return em.createNamedQuery(AutomatedDecision.OF_SUBJECT, AutomatedDecision.class)
        .setParameter("subject", customerId)
        .getResultStream()
        .map(AutomatedDecisionView::of)
        .toList();
  }

  /**
   * The decisions of this kind with this outcome, newest first, at most {@code limit}: for staff,
   * the fraud screenings that asked for a person's review.
   */
  public List<AutomatedDecisionView> withOutcome(
      DecisionKind kind, DecisionOutcome outcome, int limit) {
    return em.createNamedQuery(AutomatedDecision.BY_OUTCOME, AutomatedDecision.class)
        .setParameter("kind", kind)
        .setParameter("outcome", outcome)
        .setMaxResults(limit)
        .getResultStream()
        .map(AutomatedDecisionView::of)
        .toList();
  }
}
