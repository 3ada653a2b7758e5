package net.genvoice.disclosure.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import net.genvoice.disclosure.control.PolicyEngine;

/** The one policy engine of the application, reading consent and credit applications above. */
@ApplicationScoped
public class PolicyEngines {

  @Inject ConsentRecords consents;
  @Inject CreditApplicationRecords creditApplications;

  /** Dependent: the engine is a final class (not proxyable) and costs nothing to create. */
  @Produces
  PolicyEngine engine() {
    return new PolicyEngine(consents, creditApplications);
  }
}
