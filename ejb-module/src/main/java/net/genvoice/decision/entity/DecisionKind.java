package net.genvoice.decision.entity;

/** P22: the kinds of automated decision the policy names. */
public enum DecisionKind {
  CREDITWORTHINESS,
  FRAUD_SCREENING,
  PAYMENT_VERIFICATION
}
