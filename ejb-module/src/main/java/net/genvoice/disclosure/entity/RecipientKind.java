package net.genvoice.disclosure.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of party outside GenVoice that may receive personal information, each with the only
 * purposes the privacy policy lets it receive data for. No kind may receive for {@link
 * Purpose#SALE} (P15).
 */
public enum RecipientKind {
  /** P20 (verify, prevent fraud), P10 and P18 (payments, billing and collection). */
  PAYMENT_PROVIDER(
      Purpose.VERIFY_PAYMENT_METHOD,
      Purpose.PROCESS_PAYMENT,
      Purpose.PREVENT_FRAUD,
      Purpose.BILL_AND_COLLECT),
  /** P20, P18: verify payment methods, prevent fraud, protect rights and property. */
  FRAUD_PREVENTION(
      Purpose.VERIFY_PAYMENT_METHOD, Purpose.PREVENT_FRAUD, Purpose.PROTECT_RIGHTS_AND_PROPERTY),
  /** P21: credit inquiries only. */
  CREDIT_AGENCY(Purpose.CREDIT_INQUIRY),
  /** P19: only where necessary to perform the service. */
  BUSINESS_AFFILIATE(Purpose.PERFORM_SERVICE),
  /** P23 (operate the service, complete a requested transaction), P18 (bill and collect). */
  SERVICE_PROVIDER(
      Purpose.OPERATE_SERVICE, Purpose.COMPLETE_REQUESTED_TRANSACTION, Purpose.BILL_AND_COLLECT),
  /** P18: comply with the law, enforce agreements, protect rights and property. */
  COURT_OR_LAW_ENFORCEMENT(
      Purpose.COMPLY_WITH_LAW, Purpose.ENFORCE_AGREEMENT, Purpose.PROTECT_RIGHTS_AND_PROPERTY),
  /** P24: a third party's own marketing, and nothing else. */
  THIRD_PARTY_MARKETER(Purpose.THIRD_PARTY_MARKETING);

  private final Set<Purpose> purposes;

  RecipientKind(Purpose first, Purpose... rest) {
    this.purposes = EnumSet.of(first, rest);
  }

  /** True when a party of this kind may ever receive personal information for the purpose. */
  public boolean mayReceiveFor(Purpose purpose) {
    return purposes.contains(purpose);
  }
}
