package net.genvoice.credit.boundary;

import java.time.Instant;
import net.genvoice.credit.entity.CreditApplication;

/**
 * P21: a credit application as its customer sees it; {@code status} is OPEN, CLOSED or DECIDED.
 * {@code creditCheck} tells the customer that a credit inquiry was made on it and what it found
 * (P21, P22); null while none was made.
 */
public record CreditApplicationView(
    String id,
    String status,
    String description,
    String terms,
    Instant openedAt,
    Instant closedAt,
    CreditCheckView creditCheck) {

  static CreditApplicationView of(CreditApplication application) {
    return of(application, null);
  }

  static CreditApplicationView of(CreditApplication application, CreditCheckView check) {
    return new CreditApplicationView(
        application.id(),
        application.status().name(),
        application.description(),
        application.terms(),
        application.openedAt(),
        application.closedAt(),
        check);
  }
}
