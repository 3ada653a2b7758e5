package net.genvoice.disclosure.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * On what ground a release happens. {@link #CONSENT} covers any purpose but sale, once the
 * customer's current consent covers the recipient and purpose (P17, P24); every other basis covers
 * only its own purposes (P18: without consent only for law, agreements, billing and fraud; P19,
 * P20, P23: what performing and operating the service needs) and never third-party marketing (P24)
 * or sale (P15).
 */
public enum LegalBasis {
  /** P17, P24: the customer's consent, given in advance, in writing or verbally. */
  CONSENT(EnumSet.complementOf(EnumSet.of(Purpose.SALE)), false, false),
  /** P18: a lawful subpoena or court order; needs its reference and issuing authority. */
  LEGAL_OBLIGATION(EnumSet.of(Purpose.COMPLY_WITH_LAW), true, true),
  /** P18: enforcing or applying GenVoice's agreements; needs a reference (the case). */
  CONTRACT_ENFORCEMENT(EnumSet.of(Purpose.ENFORCE_AGREEMENT), true, false),
  /** P18: billing and collecting for services; needs a reference (the invoice or debt). */
  BILLING_AND_COLLECTION(
      EnumSet.of(Purpose.BILL_AND_COLLECT, Purpose.PROCESS_PAYMENT), true, false),
  /** P18, P20: protecting rights and property against fraud; needs a reference (the case). */
  FRAUD_PROTECTION(
      EnumSet.of(
          Purpose.PREVENT_FRAUD,
          Purpose.PROTECT_RIGHTS_AND_PROPERTY,
          Purpose.VERIFY_PAYMENT_METHOD),
      true,
      false),
  /** P19, P20, P21, P23: what performing the service the customer asked for needs. */
  SERVICE_NECESSITY(
      EnumSet.of(
          Purpose.PERFORM_SERVICE,
          Purpose.OPERATE_SERVICE,
          Purpose.COMPLETE_REQUESTED_TRANSACTION,
          Purpose.VERIFY_PAYMENT_METHOD,
          Purpose.PROCESS_PAYMENT,
          Purpose.CREDIT_INQUIRY),
      false,
      false);

  private final Set<Purpose> purposes;
  private final boolean needsReference;
  private final boolean needsIssuingAuthority;

  LegalBasis(Set<Purpose> purposes, boolean needsReference, boolean needsIssuingAuthority) {
    this.purposes = purposes;
    this.needsReference = needsReference;
    this.needsIssuingAuthority = needsIssuingAuthority;
  }

  /** True when a release for the purpose may rest on this basis. */
  public boolean covers(Purpose purpose) {
    return purposes.contains(purpose);
  }

  /** P18: a release without consent names its reference (court order number, case, invoice). */
  public boolean needsReference() {
    return needsReference;
  }

  /** P18: a subpoena or court order also names the authority that issued it. */
  public boolean needsIssuingAuthority() {
    return needsIssuingAuthority;
  }
}
