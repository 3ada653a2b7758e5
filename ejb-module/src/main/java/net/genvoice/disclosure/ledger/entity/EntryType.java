package net.genvoice.disclosure.ledger.entity;

/** What a ledger entry records. */
public enum EntryType {
  /** A permitted release: exactly the fields that may be sent. */
  RELEASE,
  /** A refused release, kept for audit: the fields that were asked for and why it was refused. */
  DENIAL,
  /** What happened to the call made under a permitted release. */
  OUTCOME
}
