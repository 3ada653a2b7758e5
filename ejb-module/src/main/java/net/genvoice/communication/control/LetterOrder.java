package net.genvoice.communication.control;

import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * A letter for the mail house to print and post: the message id (the provider's idempotency key),
 * the released name and postal address of the addressee, and the letter. Nothing else about the
 * customer leaves GenVoice (P23: {@link #FIELDS}, decided and recorded before the call).
 */
public record LetterOrder(String messageId, ReleasedData addressee, String subject, String text) {

  /** What the mail house may receive: the name and the postal address. */
  public static final Set<DisclosableField> FIELDS =
      Set.of(DisclosableField.CUSTOMER_NAME, DisclosableField.CUSTOMER_ADDRESS);

  public String name() {
    return addressee.value(DisclosableField.CUSTOMER_NAME);
  }

  /** The postal address on one line, the parts in postal order. */
  public String address() {
    return addressee.value(DisclosableField.CUSTOMER_ADDRESS);
  }
}
