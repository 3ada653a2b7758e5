package net.genvoice.communication.control;

import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * An email for the email service to send: the message id (the provider's idempotency key), the
 * released name and email address, the subject and the text. Nothing else about the customer leaves
 * GenVoice (P23: {@link #FIELDS}, decided and recorded before the call).
 */
public record EmailOrder(String messageId, ReleasedData recipient, String subject, String body) {

  /** What the email service may receive: the name and the email address. */
  public static final Set<DisclosableField> FIELDS =
      Set.of(DisclosableField.CUSTOMER_NAME, DisclosableField.CUSTOMER_EMAIL);

  public String name() {
    return recipient.value(DisclosableField.CUSTOMER_NAME);
  }

  public String to() {
    return recipient.value(DisclosableField.CUSTOMER_EMAIL);
  }
}
