package net.genvoice.disclosure.entity;

/**
 * Why the policy engine refused a release. The codes are stable: partners, the ledger, REST
 * problems and SOAP faults carry them.
 */
public enum DenialReason {
  SALE_NEVER_PERMITTED("sale-never-permitted", "GenVoice never sells personal information (P15)"),
  INTERNAL_ONLY_DATA(
      "internal-only-data",
      "Survey answers are used only inside GenVoice and never released (P14)"),
  UNKNOWN_RECIPIENT("unknown-recipient", "The recipient is not in the recipient registry (P23)"),
  PURPOSE_NOT_ALLOWED_FOR_KIND(
      "purpose-not-allowed-for-recipient-kind",
      "Recipients of this kind may not receive personal information for this purpose"),
  PURPOSE_NOT_REGISTERED(
      "purpose-not-registered", "The recipient is not registered for this purpose (P23)"),
  NO_FIELDS_REQUESTED("no-fields-requested", "The request names no field to release"),
  FIELD_NOT_ALLOWED(
      "field-not-allowed",
      "The request names fields the recipient may not receive for this purpose"),
  BASIS_NOT_VALID_FOR_PURPOSE(
      "basis-not-valid-for-purpose", "This legal basis does not cover this purpose (P18, P24)"),
  REFERENCE_MISSING(
      "reference-missing",
      "A release without consent needs its reference, such as the court order number (P18)"),
  ISSUING_AUTHORITY_MISSING(
      "issuing-authority-missing",
      "A release to comply with the law needs the authority that issued the order (P18)"),
  CONSENT_MISSING(
      "consent-missing",
      "No current consent of the customer covers this recipient and purpose (P17, P24)"),
  NO_OPEN_CREDIT_APPLICATION(
      "no-open-credit-application",
      "A credit inquiry needs an open credit application by the customer (P21)");

  private final String code;
  private final String explanation;

  DenialReason(String code, String explanation) {
    this.code = code;
    this.explanation = explanation;
  }

  /** The stable code, such as "sale-never-permitted". */
  public String code() {
    return code;
  }

  /** The explanation used when the denial has nothing particular to add. */
  public String explanation() {
    return explanation;
  }
}
