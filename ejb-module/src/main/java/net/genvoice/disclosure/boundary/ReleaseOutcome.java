package net.genvoice.disclosure.boundary;

/** How the call made under a permitted release ended. */
public enum ReleaseOutcome {
  SUCCEEDED,
  FAILED
}
