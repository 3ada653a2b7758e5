package net.genvoice.partner.boundary;

import net.genvoice.platform.error.BusinessException;

/** A partner with this id has a credential already: rotate it instead. */
public class PartnerExistsException extends BusinessException {

  public PartnerExistsException(String partnerId) {
    super(
        Kind.CONFLICT,
        "partner-exists",
        "Partner " + partnerId + " has a credential already; rotate it to issue a new secret.");
  }
}
