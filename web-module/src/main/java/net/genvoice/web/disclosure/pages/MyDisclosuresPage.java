package net.genvoice.web.disclosure.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.genvoice.disclosure.boundary.DisclosureLedger;
import net.genvoice.disclosure.boundary.DisclosureView;
import net.genvoice.web.portal.Caller;

/**
 * account/disclosures.xhtml (P17-P21): what GenVoice disclosed about the signed-in customer, from
 * their ledger: to whom, when, why, which data and how it ended.
 */
@Named
@RequestScoped
public class MyDisclosuresPage {

  @EJB DisclosureLedger ledger;
  @Inject Caller caller;

  private List<DisclosureView> disclosures;

  public List<DisclosureView> getDisclosures() {
    if (disclosures == null) {
      disclosures = ledger.disclosuresOf(caller.id());
    }
    return disclosures;
  }

  public String when(DisclosureView disclosure) {
    return DisclosureWords.time(disclosure.disclosedAt());
  }

  public String why(DisclosureView disclosure) {
    return DisclosureWords.purpose(disclosure.purpose());
  }

  public String basis(DisclosureView disclosure) {
    String basis = DisclosureWords.basis(disclosure.legalBasis());
    return disclosure.reference() == null ? basis : basis + " (" + disclosure.reference() + ")";
  }

  public String categories(DisclosureView disclosure) {
    return DisclosureWords.categories(disclosure.dataCategories());
  }

  public String fields(DisclosureView disclosure) {
    return String.join(", ", disclosure.fields());
  }

  public String outcome(DisclosureView disclosure) {
    if (disclosure.outcome() == null) {
      return "Released";
    }
    return "SUCCEEDED".equals(disclosure.outcome()) ? "Delivered" : "The call failed";
  }
}
