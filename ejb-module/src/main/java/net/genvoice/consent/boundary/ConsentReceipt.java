package net.genvoice.consent.boundary;

import java.util.List;

/**
 * P17: the receipt of one consent event, in the fields of the Kantara Initiative Consent Receipt
 * v1.1 (the basis of ISO/IEC TS 27560), serialised by JSON-B; members that are null are left out.
 * {@code consentState} (GIVEN or WITHDRAWN) is the one addition: TS 27560 records withdrawals as
 * events of their own, Kantara v1.1 has no field for them.
 */
public record ConsentReceipt(
    String version,
    String jurisdiction,
    long consentTimestamp,
    String collectionMethod,
    String consentReceiptID,
    String language,
    String piiPrincipalId,
    List<PiiController> piiControllers,
    String policyUrl,
    List<Service> services,
    boolean sensitive,
    List<String> spiCat,
    String consentState) {

  public static final String VERSION = "KI-CR-v1.1.0";

  /**
   * The organisation that controls the personal information: GenVoice, with its postal address as a
   * schema.org PostalAddress as Kantara v1.1 asks; {@code onBehalf} is false: GenVoice collects for
   * itself.
   */
  public record PiiController(
      String piiController,
      boolean onBehalf,
      String contact,
      PostalAddress address,
      String email,
      String phone,
      String piiControllerUrl) {}

  /** A schema.org PostalAddress, as Kantara v1.1 asks for the controller's address. */
  public record PostalAddress(
      String streetAddress,
      String addressLocality,
      String addressRegion,
      String postalCode,
      String addressCountry) {}

  public record Service(String service, List<Purpose> purposes) {}

  public record Purpose(
      String purpose,
      List<String> purposeCategory,
      String consentType,
      List<String> piiCategory,
      boolean primaryPurpose,
      String termination,
      boolean thirdPartyDisclosure,
      String thirdPartyName) {}
}
