package net.genvoice.disclosure.control;

/** P21: the policy engine's one view of whether a customer has applied for credit. */
@FunctionalInterface
public interface CreditApplicationLookup {

  /** True while the subject has a credit application that is neither decided nor withdrawn. */
  boolean hasOpenCreditApplication(String subjectId);
}
