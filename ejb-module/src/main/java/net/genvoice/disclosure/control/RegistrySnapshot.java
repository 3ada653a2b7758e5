package net.genvoice.disclosure.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientRegistration;

/**
 * P23: the recipient registry as the policy engine reads it: immutable, built once whenever the
 * registry changes, every lookup a hash probe and an enum-indexed read. A recipient id is unique.
 */
public final class RegistrySnapshot {

  public static final RegistrySnapshot EMPTY = new RegistrySnapshot(Map.of());

  private final Map<String, RecipientRegistration> byId;

  private RegistrySnapshot(Map<String, RecipientRegistration> byId) {
    this.byId = byId;
  }

  /** The snapshot of these registrations; refuses two registrations with one recipient id. */
  public static RegistrySnapshot of(Collection<RecipientRegistration> registrations) {
    Map<String, RecipientRegistration> byId = new HashMap<>();
    for (RecipientRegistration registration : registrations) {
      if (byId.putIfAbsent(registration.recipientId(), registration) != null) {
        throw new IllegalArgumentException(
            "Recipient registered twice: " + registration.recipientId());
      }
    }
    return new RegistrySnapshot(Map.copyOf(byId));
  }

  public Optional<RecipientRegistration> registration(String recipientId) {
    return Optional.ofNullable(find(recipientId));
  }

  /**
   * The fields the recipient may receive for the purpose; empty for an unknown recipient or a
   * purpose it is not registered for. Gateways build their payloads from this (P19, P23).
   */
  public FieldSet allowedFields(String recipientId, Purpose purpose) {
    RecipientRegistration registration = find(recipientId);
    return registration == null ? FieldSet.EMPTY : registration.fieldsFor(purpose);
  }

  public int size() {
    return byId.size();
  }

  /** The registration or null: the engine's allocation-free lookup. */
  RecipientRegistration find(String recipientId) {
    return recipientId == null ? null : byId.get(recipientId);
  }
}
