package net.genvoice.credit.control;

import java.util.List;

/**
 * The agency's answer to an inquiry: a score from 300 (worst) to 850 (best), the reasons it gave,
 * and whether the inquiry is noted on the customer's credit record.
 */
public record CreditReport(
    String inquiryId, int score, List<String> reasons, boolean notedOnCreditRecord) {

  public CreditReport {
    reasons = List.copyOf(reasons);
  }
}
