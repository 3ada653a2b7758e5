package net.genvoice.privacy.catalogue;

/**
 * P02: the categories of personal information GenVoice holds, in the words of the privacy policy.
 */
public enum PiCategory {
  IDENTITY("Name and other facts that identify a person"),
  CONTACT("Email address, telephone number and postal address"),
  GOVERNMENT_ID("Identity documents and numbers issued by an authority"),
  PAYMENT(
      "Payment methods: card token, brand, last four digits, expiry, billing address, PayPal account"),
  CREDENTIALS("Password hashes, login tokens and sign-in history"),
  DEVICE_AND_SESSION(
      "IP address, device and cookie identifiers, browser and device type, pages requested"),
  TELEPHONY("Call records, recordings, transcriptions and contacts"),
  BILLING("Invoices, charges and payments"),
  CONSENT("Consent choices and their evidence"),
  SURVEY("Survey answers (used only inside GenVoice)"),
  ACCOUNT_RELATIONS(
      "Links between accounts, such as a seat holder and the customer who pays for the seat"),
  CREDIT("Credit applications and the credit inquiries made on them"),
  DISCLOSURE_RECORDS(
      "The disclosure ledger: what was released about a person, to whom, when and why");

  private final String description;

  PiCategory(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
