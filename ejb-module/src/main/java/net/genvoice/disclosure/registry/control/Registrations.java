package net.genvoice.disclosure.registry.control;

import net.genvoice.disclosure.entity.RecipientRegistration;
import net.genvoice.disclosure.registry.entity.Recipient;

/** Assembles the engine's value type from the persisted recipient. */
public final class Registrations {

  private Registrations() {}

  /**
   * @throws IllegalArgumentException when the row breaks a rule of {@link RecipientRegistration}
   */
  public static RecipientRegistration of(Recipient recipient) {
    return new RecipientRegistration(
        recipient.id(),
        recipient.name(),
        recipient.kind(),
        recipient.agreementReference(),
        recipient.allowedFields());
  }
}
