package net.genvoice.disclosure.legal.boundary;

import net.genvoice.platform.error.BusinessException;

/** A legal request is fulfilled once; a further export would be a new, unordered disclosure. */
public class LegalRequestFulfilledException extends BusinessException {

  public LegalRequestFulfilledException() {
    super(
        Kind.CONFLICT,
        "legal-request-fulfilled",
        "This legal request has been fulfilled already; record a new one for a new order.");
  }
}
