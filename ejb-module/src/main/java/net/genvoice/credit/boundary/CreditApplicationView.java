package net.genvoice.credit.boundary;

import java.time.Instant;
import net.genvoice.credit.entity.CreditApplication;

/** P21: a credit application as its customer sees it; {@code status} is OPEN, CLOSED or DECIDED. */
public record CreditApplicationView(
    String id, String status, String description, Instant openedAt, Instant closedAt) {

  static CreditApplicationView of(CreditApplication application) {
    return new CreditApplicationView(
        application.id(),
        application.status().name(),
        application.description(),
        application.openedAt(),
        application.closedAt());
  }
}
