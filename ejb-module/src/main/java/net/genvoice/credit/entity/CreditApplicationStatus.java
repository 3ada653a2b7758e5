package net.genvoice.credit.entity;

/** Where a credit application stands; only an open one allows a credit inquiry (P21). */
public enum CreditApplicationStatus {
  OPEN,
  /** Withdrawn by the customer. */
  CLOSED,
  /** Answered: approved or declined. */
  DECIDED
}
