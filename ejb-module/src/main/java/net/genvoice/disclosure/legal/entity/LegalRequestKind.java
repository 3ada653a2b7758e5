package net.genvoice.disclosure.legal.entity;

/** P18: the lawful orders GenVoice complies with. */
public enum LegalRequestKind {
  SUBPOENA,
  COURT_ORDER
}
