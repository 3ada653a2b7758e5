package net.genvoice.consent.entity;

import java.util.Comparator;

/**
 * What one consent is about: the purpose and, for a disclosure, the recipient and the named purpose
 * of the disclosure (the scope). The latest event of a key is its current state.
 */
public record ConsentKey(ConsentPurpose purpose, String recipientId, String scope) {

  public static final Comparator<ConsentKey> ORDER =
      Comparator.comparing(ConsentKey::purpose)
          .thenComparing(ConsentKey::recipientId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(ConsentKey::scope, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** The key of a purpose that names no recipient; recipient and scope are ignored for it. */
  public static ConsentKey of(ConsentPurpose purpose, String recipientId, String scope) {
    return purpose.namesRecipient()
        ? new ConsentKey(purpose, recipientId, scope)
        : new ConsentKey(purpose, null, null);
  }
}
