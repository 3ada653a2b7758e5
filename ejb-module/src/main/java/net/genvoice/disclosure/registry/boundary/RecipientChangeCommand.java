package net.genvoice.disclosure.registry.boundary;

import java.util.List;
import java.util.Map;

/**
 * P23: a change of a registry entry; a null member keeps what the entry has. {@code purposes}, when
 * given, replaces every purpose and its fields.
 */
public record RecipientChangeCommand(
    String name, String agreementReference, Map<String, List<String>> purposes) {}
