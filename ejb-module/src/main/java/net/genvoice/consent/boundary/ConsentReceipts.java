package net.genvoice.consent.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import net.genvoice.consent.entity.ConsentChannel;
import net.genvoice.consent.entity.ConsentEvent;
import net.genvoice.consent.entity.ConsentEvidence;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.privacy.catalogue.PiCategory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * P17: writes the consent receipt of an event. The controller's postal address, phone and web
 * address come from configuration; the defaults are development values for the embedded run.
 */
@ApplicationScoped
class ConsentReceipts {

  static final String SUPPORT_EMAIL = "support@genvoice.net";
  static final String THIRD_PARTIES_FOR_MARKETING =
      "Companies that market their own products and services";

  @Inject
  @ConfigProperty(
      name = "genvoice.controller.street-address",
      defaultValue = "GenVoice Privacy Office, 1 Market Street")
  String streetAddress;

  @Inject
  @ConfigProperty(name = "genvoice.controller.locality", defaultValue = "San Francisco")
  String locality;

  @Inject
  @ConfigProperty(name = "genvoice.controller.region", defaultValue = "CA")
  String region;

  @Inject
  @ConfigProperty(name = "genvoice.controller.postal-code", defaultValue = "94105")
  String postalCode;

  @Inject
  @ConfigProperty(name = "genvoice.controller.country", defaultValue = "US")
  String country;

  @Inject
  @ConfigProperty(name = "genvoice.controller.phone", defaultValue = "+1 415 555 0100")
  String phone;

  @Inject
  @ConfigProperty(name = "genvoice.controller.url", defaultValue = "https://genvoice.net")
  String controllerUrl;

  @Inject
  @ConfigProperty(name = "genvoice.controller.jurisdiction", defaultValue = "US")
  String jurisdiction;

  @Inject
  @ConfigProperty(
      name = "genvoice.privacy-policy.url",
      defaultValue = "https://genvoice.net/privacy.xhtml")
  String policyUrl;

  ConsentReceipt of(ConsentEvent event) {
    ConsentPurpose purpose = event.purpose();
    List<String> pii =
        (purpose.namesRecipient() ? event.data() : purpose.piCategories())
            .stream().map(PiCategory::name).toList();
    var receiptPurpose =
        new ConsentReceipt.Purpose(
            event.evidence().textShown(),
            List.of(purpose.category()),
            "EXPLICIT",
            pii,
            false,
            termination(event),
            purpose.disclosesToThirdParty(),
            thirdPartyName(event));
    return new ConsentReceipt(
        ConsentReceipt.VERSION,
        jurisdiction,
        event.recordedAt().getEpochSecond(),
        collectionMethod(event.evidence()),
        event.id(),
        "en",
        event.subjectId(),
        List.of(
            new ConsentReceipt.PiiController(
                "GenVoice",
                false,
                "GenVoice Privacy Office",
                new ConsentReceipt.PostalAddress(
                    streetAddress, locality, region, postalCode, country),
                SUPPORT_EMAIL,
                phone,
                controllerUrl)),
        policyUrl,
        List.of(new ConsentReceipt.Service("GenVoice", List.of(receiptPurpose))),
        false,
        List.of(),
        event.isGranted() ? "GIVEN" : "WITHDRAWN");
  }

  static String collectionMethod(ConsentEvidence evidence) {
    return switch (evidence.channel()) {
      case WEB ->
          "Web: given by the signed-in customer (text version " + evidence.textVersion() + ")";
      case VERBAL -> "Verbal: recorded by a support agent during call " + evidence.callReference();
      case WRITTEN ->
          "Written: recorded by a support agent from signed document "
              + evidence.documentReference();
      case BROWSER_SIGNAL -> "Browser signal: Global Privacy Control";
    };
  }

  private static String termination(ConsentEvent event) {
    if (!event.isGranted()) {
      return "Withdrawn; nothing is done for this purpose any more";
    }
    return event.evidence().channel() == ConsentChannel.BROWSER_SIGNAL
        ? "Until the browser stops sending the signal"
        : "Until you withdraw it: on My consents (/account/consents.xhtml), at"
            + " /api/v1/me/consents, or by writing to "
            + SUPPORT_EMAIL;
  }

  private static String thirdPartyName(ConsentEvent event) {
    if (event.purpose().namesRecipient()) {
      return event.key().recipientId();
    }
    return event.purpose() == ConsentPurpose.THIRD_PARTY_MARKETING
        ? THIRD_PARTIES_FOR_MARKETING
        : null;
  }
}
