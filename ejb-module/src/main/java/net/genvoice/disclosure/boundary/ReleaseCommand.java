package net.genvoice.disclosure.boundary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.platform.error.InvalidInputException;

/**
 * A request to release these fields of a subject to a recipient, for a purpose, on a legal basis.
 * {@code reference} and {@code issuingAuthority} are what P18 asks of a release without consent (a
 * court order number and its court; a case; an invoice); {@code requestId} is the caller's id of
 * the request (an idempotency key, a partner's request id, a legal request's id), recorded with the
 * entry.
 */
public record ReleaseCommand(
    String subjectId,
    String recipientId,
    Purpose purpose,
    LegalBasis basis,
    Set<DisclosableField> fields,
    String reference,
    String issuingAuthority,
    String requestId) {

  /**
   * The fields named by their wire names ("customer.email" ...), for callers that receive names.
   *
   * @throws InvalidInputException naming every unknown field name
   */
  public static Set<DisclosableField> fieldsNamed(Collection<String> names) {
    Set<DisclosableField> fields = EnumSet.noneOf(DisclosableField.class);
    Map<String, String> errors = new LinkedHashMap<>();
    if (names == null) {
      throw InvalidInputException.of("fields", "Name the fields to release");
    }
    for (String name : names) {
      DisclosableField.byName(name)
          .ifPresentOrElse(
              fields::add, () -> errors.putIfAbsent("fields", "Unknown field: " + name));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return fields;
  }
}
