package net.genvoice.partner.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.partner.boundary.CustomerDataCommand;

/**
 * Checks a partner's request before anything is looked up, naming every bad field at once: a
 * request id, exactly one of customer id and E.164 phone number, a known purpose, and known field
 * names. Whether the partner may have those fields is the policy engine's decision, not this one.
 */
public final class CustomerDataQueries {

  public static final int REQUEST_ID_MAX = 100;
  static final int MAX_FIELDS = 32;
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
  private static final Pattern CUSTOMER_ID = Pattern.compile("[0-9a-fA-F-]{36}");

  /** A checked request: the purpose and fields as the engine's types. */
  public record Checked(
      String requestId,
      Optional<String> customerId,
      Optional<String> phoneNumber,
      Purpose purpose,
      Set<DisclosableField> fields) {}

  private CustomerDataQueries() {}

  /**
   * @throws net.genvoice.platform.error.InvalidInputException naming each bad field
   */
  public static Checked check(CustomerDataCommand command) {
    FieldErrors errors = new FieldErrors();
    if (command == null) {
      errors.add("requestId", "Required");
      errors.throwIfAny();
    }
    String requestId = command.requestId();
    if (requestId == null || requestId.isBlank()) {
      errors.add("requestId", "Required: your own id of this request");
    } else if (requestId.length() > REQUEST_ID_MAX) {
      errors.add("requestId", "At most " + REQUEST_ID_MAX + " characters");
    }
    boolean byId = present(command.customerId());
    boolean byPhone = present(command.phoneNumber());
    if (byId == byPhone) {
      errors.add("customerId", "Name the customer by exactly one of customerId and phoneNumber");
    } else if (byId && !CUSTOMER_ID.matcher(command.customerId()).matches()) {
      errors.add("customerId", "Not a GenVoice customer id");
    } else if (byPhone && !E164.matcher(command.phoneNumber()).matches()) {
      errors.add("phoneNumber", "An international number in E.164, such as +14155550100");
    }
    Purpose purpose = purposeOf(command.purpose(), errors);
    Set<DisclosableField> fields = fieldsOf(command.fields(), errors);
    errors.throwIfAny();
    return new Checked(
        requestId,
        byId ? Optional.of(command.customerId()) : Optional.empty(),
        byPhone ? Optional.of(command.phoneNumber()) : Optional.empty(),
        purpose,
        fields);
  }

  private static Purpose purposeOf(String name, FieldErrors errors) {
    if (name == null || name.isBlank()) {
      errors.add("purpose", "Required, such as PERFORM_SERVICE");
      return null;
    }
    try {
      return Purpose.valueOf(name);
    } catch (IllegalArgumentException e) {
      errors.add("purpose", "Unknown purpose; an affiliate asks for PERFORM_SERVICE");
      return null;
    }
  }

  private static Set<DisclosableField> fieldsOf(List<String> names, FieldErrors errors) {
    Set<DisclosableField> fields = EnumSet.noneOf(DisclosableField.class);
    if (names == null || names.isEmpty()) {
      errors.add("fields", "Name at least one field, such as customer.name");
      return fields;
    }
    if (names.size() > MAX_FIELDS) {
      errors.add("fields", "At most " + MAX_FIELDS + " fields");
      return fields;
    }
    for (String name : names) {
      DisclosableField.byName(name)
          .ifPresentOrElse(
              fields::add,
              () -> errors.add("fields", "Unknown field: " + cut(name) + " (see the README)"));
    }
    return fields;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String cut(String name) {
    return name == null ? "null" : name.length() <= 60 ? name : name.substring(0, 60) + "...";
  }
}
