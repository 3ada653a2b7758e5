package net.genvoice.consent.boundary;

import net.genvoice.consent.entity.ConsentPurpose;

/**
 * One purpose of the consent catalogue as a client must show it before asking for consent: its
 * code, the text and its version (a grant names the version it showed), whether it holds until
 * withdrawn (P12: telemarketing and direct mail) and whether it names a recipient (a disclosure).
 */
public record ConsentPurposeView(
    String code,
    String category,
    String text,
    String textVersion,
    boolean optOut,
    boolean namesRecipient,
    boolean disclosesToThirdParty) {

  static ConsentPurposeView of(ConsentPurpose purpose) {
    return new ConsentPurposeView(
        purpose.code(),
        purpose.category(),
        purpose.text(),
        purpose.textVersion(),
        purpose.isOptOut(),
        purpose.namesRecipient(),
        purpose.disclosesToThirdParty());
  }
}
