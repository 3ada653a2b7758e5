package net.genvoice.disclosure.registry.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import net.genvoice.disclosure.registry.entity.Recipient;

/** A recipient as the registry audit keeps it: canonical JSON, purposes and fields in order. */
public final class RecipientStates {

  private RecipientStates() {}

  public static String of(Recipient recipient) {
    JsonObjectBuilder purposes = Json.createObjectBuilder();
    recipient
        .allowedFields()
        .forEach(
            (purpose, fields) -> {
              JsonArrayBuilder names = Json.createArrayBuilder();
              fields.fieldNames().forEach(names::add);
              purposes.add(purpose.name(), names);
            });
    return Json.createObjectBuilder()
        .add("id", recipient.id())
        .add("name", recipient.name())
        .add("kind", recipient.kind().name())
        .add("agreementReference", recipient.agreementReference())
        .add("active", recipient.isActive())
        .add("purposes", purposes)
        .build()
        .toString();
  }
}
