package net.genvoice.communication.control;

import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * A call for the dialer to place: the message id (the provider's idempotency key), the released
 * number (E.164) and the script the agent reads. Nothing else about the customer leaves GenVoice
 * (P23: {@link #FIELDS}, decided and recorded before the call).
 */
public record CallOrder(String messageId, ReleasedData callee, String script) {

  /** What the dialer may receive: the number. */
  public static final Set<DisclosableField> FIELDS = Set.of(DisclosableField.CUSTOMER_PHONE);

  public String phone() {
    return callee.value(DisclosableField.CUSTOMER_PHONE);
  }
}
