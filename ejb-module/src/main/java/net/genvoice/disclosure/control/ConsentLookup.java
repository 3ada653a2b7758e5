package net.genvoice.disclosure.control;

import net.genvoice.disclosure.entity.Purpose;

/**
 * P17, P24: the policy engine's one view of the customer's consent records. Implemented by the
 * consent issue over its records with evidence; the engine never reads consent any other way.
 */
@FunctionalInterface
public interface ConsentLookup {

  /**
   * True when the subject has given consent, not since withdrawn, that covers exactly this
   * recipient and purpose (for {@link Purpose#THIRD_PARTY_MARKETING} that consent must be explicit,
   * P24).
   */
  boolean hasCurrentConsent(String subjectId, String recipientId, Purpose purpose);
}
