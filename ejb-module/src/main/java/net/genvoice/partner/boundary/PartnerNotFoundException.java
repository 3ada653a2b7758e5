package net.genvoice.partner.boundary;

import net.genvoice.platform.error.BusinessException;

/** No partner credential has this id. */
public class PartnerNotFoundException extends BusinessException {

  public PartnerNotFoundException() {
    super(Kind.NOT_FOUND, "partner-not-found", "No partner has this id.");
  }
}
