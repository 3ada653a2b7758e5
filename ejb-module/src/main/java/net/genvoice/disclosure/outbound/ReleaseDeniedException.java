package net.genvoice.disclosure.outbound;

import net.genvoice.disclosure.boundary.Release;
import net.genvoice.platform.error.BusinessException;

/**
 * The policy engine refused a release, so nothing was sent (the denial is in the ledger). Its code
 * is the engine's stable reason code, such as {@code no-open-credit-application} (P21).
 */
public class ReleaseDeniedException extends BusinessException {

  private final String releaseId;

  public ReleaseDeniedException(Release denied) {
    super(
        Kind.FORBIDDEN,
        denied.reasonCode() == null ? "release-denied" : denied.reasonCode(),
        "GenVoice may not send this to "
            + denied.recipientId()
            + ": "
            + (denied.explanation() == null ? "the release was refused" : denied.explanation()));
    this.releaseId = denied.releaseId();
  }

  /** The ledger's entry of the denial. */
  public String releaseId() {
    return releaseId;
  }
}
