package net.genvoice.disclosure.legal.entity;

/** Recorded, then fulfilled once: its export went through the policy engine and the ledger. */
public enum LegalRequestStatus {
  RECORDED,
  FULFILLED
}
