package net.genvoice.fraud.control;

/** What a fraud screening looks at. */
public enum ScreeningSubject {
  SIGN_UP,
  PAYMENT_METHOD
}
