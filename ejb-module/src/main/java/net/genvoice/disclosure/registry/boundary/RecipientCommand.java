package net.genvoice.disclosure.registry.boundary;

import java.util.List;
import java.util.Map;

/**
 * P23: a new registry entry. {@code id} is the stable name partners and consents use ("acme-card");
 * {@code kind} a {@code RecipientKind} name; {@code purposes} maps each {@code Purpose} name to the
 * field wire names it may receive ({@code {"VERIFY_PAYMENT_METHOD": ["paymentMethod.token"]}}).
 */
public record RecipientCommand(
    String id,
    String name,
    String kind,
    String agreementReference,
    Map<String, List<String>> purposes) {}
