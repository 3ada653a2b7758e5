package net.genvoice.integration.partner;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * A partner's JSON names for the fields it may receive. {@link #of} builds a payload from a release
 * and from nothing else: every released field under its name, no field that was not released, and a
 * released field this partner has no name for refused (the gateway's backstop, P19, P23).
 */
public final class JsonPayload {

  private final Map<DisclosableField, String> names;

  private JsonPayload(Map<DisclosableField, String> names) {
    this.names = names;
  }

  public static JsonPayload naming(Map<DisclosableField, String> names) {
    return new JsonPayload(new EnumMap<>(names));
  }

  /** The fields this partner can receive. */
  public Set<DisclosableField> fields() {
    return names.keySet();
  }

  public JsonObjectBuilder of(ReleasedData released) {
    JsonObjectBuilder payload = Json.createObjectBuilder();
    for (DisclosableField field : released.fields()) {
      String name = names.get(field);
      if (name == null) {
        throw new IllegalStateException(
            "This partner cannot receive " + field.fieldName() + " (" + released + ")");
      }
      payload.add(name, released.value(field));
    }
    return payload;
  }
}
