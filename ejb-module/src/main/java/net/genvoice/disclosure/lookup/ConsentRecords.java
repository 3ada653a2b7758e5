package net.genvoice.disclosure.lookup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.disclosure.control.ConsentLookup;
import net.genvoice.disclosure.entity.Purpose;

/**
 * P17, P24: the engine's view of the consent records. A disclosure on consent needs the subject's
 * current {@code disclosure} consent naming this recipient with the purpose's name as its scope
 * (e.g. scope {@code PERFORM_SERVICE}); a third party's own marketing needs the explicit, opt-in
 * {@code third-party.marketing} consent (P24), which no default grants.
 */
@ApplicationScoped
public class ConsentRecords implements ConsentLookup {

  @EJB Consents consents;

  @Override
  public boolean hasCurrentConsent(String subjectId, String recipientId, Purpose purpose) {
    if (purpose == Purpose.SALE) {
      return false; // P15: no consent covers sale
    }
    if (purpose == Purpose.THIRD_PARTY_MARKETING) {
      return consents.hasCurrentConsent(
          subjectId, null, ConsentPurpose.THIRD_PARTY_MARKETING, null);
    }
    return consents.hasCurrentConsent(
        subjectId, recipientId, ConsentPurpose.DISCLOSURE, scopeOf(purpose));
  }

  /** The scope a disclosure consent names for the purpose. */
  public static String scopeOf(Purpose purpose) {
    return purpose.name();
  }
}
