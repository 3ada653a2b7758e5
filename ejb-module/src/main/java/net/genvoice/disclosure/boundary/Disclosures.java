package net.genvoice.disclosure.boundary;

import jakarta.ejb.Stateless;
import java.util.Map;
import net.genvoice.disclosure.entity.DisclosableField;

/**
 * PLACEHOLDER of the ledger slice's boundary, with the agreed signatures only, so that the gateways
 * slice compiles before the ledger lands; the merge replaces it with the ledger's. It decides and
 * records nothing: every method refuses.
 */
@Stateless
public class Disclosures {

  public Release authorize(ReleaseCommand command) {
    throw new IllegalStateException("the disclosure ledger has not landed on this branch yet");
  }

  public void recordOutcome(String releaseId, ReleaseOutcome outcome, String detail) {
    throw new IllegalStateException("the disclosure ledger has not landed on this branch yet");
  }

  public Map<DisclosableField, String> valuesOf(Release release) {
    throw new IllegalStateException("the disclosure ledger has not landed on this branch yet");
  }
}
