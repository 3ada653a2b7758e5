package net.genvoice.decision.entity;

/** What an automated decision concluded; REVIEW means a person has to look at it. */
public enum DecisionOutcome {
  APPROVED,
  DECLINED,
  REVIEW
}
