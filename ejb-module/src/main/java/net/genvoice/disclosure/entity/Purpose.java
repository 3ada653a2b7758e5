package net.genvoice.disclosure.entity;

/** Why personal information would be released, in the words of the privacy policy. */
public enum Purpose {
  /** P20: check a card or PayPal account with a payment provider or fraud-prevention service. */
  VERIFY_PAYMENT_METHOD,
  /** P10: authorise, capture or refund a payment. */
  PROCESS_PAYMENT,
  /** P11, P20: screen a sign-up, payment method or account for fraud. */
  PREVENT_FRAUD,
  /** P21: a credit inquiry on the customer's own credit application. */
  CREDIT_INQUIRY,
  /** P19: an affiliate performs part of the service the customer receives. */
  PERFORM_SERVICE,
  /** P23: a service provider supports the technical operation and maintenance of the service. */
  OPERATE_SERVICE,
  /** P23: complete a transaction or perform a service the customer requested. */
  COMPLETE_REQUESTED_TRANSACTION,
  /** P18: comply with the law, such as a lawful subpoena or court order. */
  COMPLY_WITH_LAW,
  /** P18: enforce or apply GenVoice's agreements with the customer. */
  ENFORCE_AGREEMENT,
  /** P18: bill and collect for services. */
  BILL_AND_COLLECT,
  /** P18: protect GenVoice's rights or property, such as against fraud on an account. */
  PROTECT_RIGHTS_AND_PROPERTY,
  /** P24: a third party's marketing of its own products. */
  THIRD_PARTY_MARKETING,
  /** P15: selling personal information. Named only so that it can be refused, always. */
  SALE
}
