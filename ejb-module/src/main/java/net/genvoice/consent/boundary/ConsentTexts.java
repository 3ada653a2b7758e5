package net.genvoice.consent.boundary;

import java.util.stream.Collectors;
import net.genvoice.consent.control.ConsentRequests;
import net.genvoice.consent.entity.ConsentKey;
import net.genvoice.privacy.catalogue.PiCategory;

/** P17: the text a consent event records as shown: the purpose's text, a disclosure's terms. */
final class ConsentTexts {

  private ConsentTexts() {}

  static String of(ConsentRequests.Terms terms) {
    ConsentKey key = terms.key();
    if (!key.purpose().namesRecipient()) {
      return key.purpose().text();
    }
    String data =
        terms.data().isEmpty()
            ? "all personal information named in the consent"
            : terms.data().stream().map(PiCategory::description).collect(Collectors.joining("; "));
    return key.purpose().text()
        + " Recipient: "
        + key.recipientId()
        + ". Purpose: "
        + key.scope()
        + ". Information: "
        + data
        + ".";
  }
}
