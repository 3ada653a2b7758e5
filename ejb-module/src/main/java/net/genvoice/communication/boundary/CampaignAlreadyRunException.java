package net.genvoice.communication.boundary;

import net.genvoice.platform.error.BusinessException;

/** A campaign runs once; this one has been started already. */
public class CampaignAlreadyRunException extends BusinessException {

  public CampaignAlreadyRunException() {
    super(
        Kind.CONFLICT,
        "campaign-already-run",
        "This campaign has been run already; create a new one to reach the customers again.");
  }
}
