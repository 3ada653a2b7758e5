package net.genvoice.disclosure.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P23: one party of the recipient registry: who it is, its kind, the agreement that binds it to
 * protect what it receives, and per purpose the exact fields it may receive. The categories it may
 * receive are those of its fields, so the two can never disagree. A registration can name only
 * purposes its kind may receive for (P19, P20, P21, P24), never sale (P15), and never a field that
 * must stay inside GenVoice (P14).
 */
public record RecipientRegistration(
    String recipientId,
    String name,
    RecipientKind kind,
    String agreementReference,
    Map<Purpose, FieldSet> allowedFields) {

  public RecipientRegistration {
    requireText(recipientId, "recipientId");
    requireText(name, "name");
    Objects.requireNonNull(kind, "kind");
    requireText(agreementReference, "agreementReference");
    Objects.requireNonNull(allowedFields, "allowedFields");
    EnumMap<Purpose, FieldSet> copy = new EnumMap<>(Purpose.class);
    allowedFields.forEach((purpose, fields) -> copy.put(purpose, checked(kind, purpose, fields)));
    allowedFields = Collections.unmodifiableMap(copy);
  }

  /**
   * The fields this recipient may receive for the purpose; empty when it is not registered for it.
   */
  public FieldSet fieldsFor(Purpose purpose) {
    return allowedFields.getOrDefault(purpose, FieldSet.EMPTY);
  }

  /** The categories of personal information this recipient may receive for the purpose. */
  public Set<PiCategory> categoriesFor(Purpose purpose) {
    return fieldsFor(purpose).categories();
  }

  public boolean isRegisteredFor(Purpose purpose) {
    return allowedFields.containsKey(purpose);
  }

  private static FieldSet checked(RecipientKind kind, Purpose purpose, FieldSet fields) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(fields, "fields of " + purpose);
    if (!kind.mayReceiveFor(purpose)) {
      throw new IllegalArgumentException(kind + " may not receive data for " + purpose);
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("No fields registered for " + purpose);
    }
    if (fields.anyInternalOnly()) {
      throw new IllegalArgumentException("Internal-only fields may not be registered: " + fields);
    }
    return fields;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
