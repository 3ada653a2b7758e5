package net.genvoice.consent.entity;

/** P17: how a consent event reached GenVoice. */
public enum ConsentChannel {
  /** The customer, signed in, on the portal or the API. */
  WEB,
  /** A signed document, entered by a support agent. */
  WRITTEN,
  /** Said during a call, entered by the support agent on the call. */
  VERBAL,
  /** A browser privacy signal such as Global Privacy Control. */
  BROWSER_SIGNAL
}
