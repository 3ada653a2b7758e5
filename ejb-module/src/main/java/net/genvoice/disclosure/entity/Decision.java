package net.genvoice.disclosure.entity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy engine's answer: permit with the fields that may be released, or deny with a stable
 * reason and an explanation. A denial with the reason's own explanation is a shared constant, so
 * most denials cost no allocation.
 */
public final class Decision {

  private static final Map<DenialReason, Decision> DENIALS = new EnumMap<>(DenialReason.class);

  static {
    for (DenialReason reason : DenialReason.values()) {
      DENIALS.put(reason, new Decision(FieldSet.EMPTY, reason, reason.explanation()));
    }
  }

  private final FieldSet fields;
  private final DenialReason reason;
  private final String explanation;

  private Decision(FieldSet fields, DenialReason reason, String explanation) {
    this.fields = fields;
    this.reason = reason;
    this.explanation = explanation;
  }

  public static Decision permit(FieldSet fields) {
    return new Decision(Objects.requireNonNull(fields, "fields"), null, "Permitted");
  }

  /** The shared denial for the reason, with the reason's own explanation. */
  public static Decision deny(DenialReason reason) {
    return DENIALS.get(Objects.requireNonNull(reason, "reason"));
  }

  public static Decision deny(DenialReason reason, String explanation) {
    return new Decision(
        FieldSet.EMPTY,
        Objects.requireNonNull(reason, "reason"),
        Objects.requireNonNull(explanation, "explanation"));
  }

  public boolean isPermitted() {
    return reason == null;
  }

  /** The fields that may be released; empty for a denial. */
  public FieldSet fields() {
    return fields;
  }

  /** Why the release was refused; empty for a permit. */
  public Optional<DenialReason> reason() {
    return Optional.ofNullable(reason);
  }

  public String explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return isPermitted() ? "permit " + fields : "deny " + reason.code() + ": " + explanation;
  }
}
