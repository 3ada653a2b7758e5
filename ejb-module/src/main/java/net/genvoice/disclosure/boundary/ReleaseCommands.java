package net.genvoice.disclosure.boundary;

import net.genvoice.customer.control.FieldErrors;

/** Refuses a malformed {@link ReleaseCommand} before the engine sees it, naming every field. */
final class ReleaseCommands {

  static final int SUBJECT_MAX = 36;
  static final int RECIPIENT_MAX = 100;
  static final int REFERENCE_MAX = 200;
  static final int REQUEST_ID_MAX = 100;

  private ReleaseCommands() {}

  /**
   * @throws net.genvoice.platform.error.InvalidInputException naming each bad field
   */
  static void check(ReleaseCommand command) {
    FieldErrors errors = new FieldErrors();
    if (command == null) {
      errors.add("command", "A release needs a command");
      errors.throwIfAny();
    }
    requireText(command.subjectId(), "subjectId", SUBJECT_MAX, errors);
    requireText(command.recipientId(), "recipientId", RECIPIENT_MAX, errors);
    if (command.purpose() == null) {
      errors.add("purpose", "Name the purpose of the release");
    }
    if (command.basis() == null) {
      errors.add("basis", "Name the legal basis of the release");
    }
    if (command.fields() == null || command.fields().stream().anyMatch(f -> f == null)) {
      errors.add("fields", "Name the fields to release");
    }
    limit(command.reference(), "reference", REFERENCE_MAX, errors);
    limit(command.issuingAuthority(), "issuingAuthority", REFERENCE_MAX, errors);
    limit(command.requestId(), "requestId", REQUEST_ID_MAX, errors);
    errors.throwIfAny();
  }

  private static void requireText(String value, String field, int max, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      errors.add(field, "Required");
    }
    limit(value, field, max, errors);
  }

  private static void limit(String value, String field, int max, FieldErrors errors) {
    if (value != null && value.length() > max) {
      errors.add(field, "At most " + max + " characters");
    }
  }
}
