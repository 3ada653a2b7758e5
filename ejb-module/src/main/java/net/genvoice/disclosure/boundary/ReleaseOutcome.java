package net.genvoice.disclosure.boundary;

public enum ReleaseOutcome {
  SUCCEEDED,
  FAILED
}
