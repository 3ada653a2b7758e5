package net.genvoice.partner.boundary;

import net.genvoice.platform.error.BusinessException;

/**
 * The policy engine refused the release; the code is its stable reason code (such as {@code
 * field-not-allowed}) and the refusal is recorded in the customer's ledger under {@link
 * #releaseId()}.
 */
public class DisclosureRefusedException extends BusinessException {

  private final String releaseId;

  public DisclosureRefusedException(String reasonCode, String explanation, String releaseId) {
    super(Kind.FORBIDDEN, reasonCode, explanation);
    this.releaseId = releaseId;
  }

  public String releaseId() {
    return releaseId;
  }
}
