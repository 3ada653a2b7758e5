package net.genvoice.credit.control;

/**
 * P21: a soft inquiry is seen only by the customer; a hard one is noted on their credit record and
 * is made only for credit terms that need it.
 */
public enum InquiryKind {
  SOFT,
  HARD
}
