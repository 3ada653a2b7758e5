package net.genvoice.consent.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.genvoice.consent.entity.ConsentKey;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * Reads what a consent request is about into a {@link ConsentKey} and its data categories, adding a
 * message per refused field (P17: a disclosure names recipient, purpose and data; no other purpose
 * does).
 */
public final class ConsentRequests {

  /** What a valid request is about; {@code data} is empty unless it is a disclosure. */
  public record Terms(ConsentKey key, List<PiCategory> data) {}

  private ConsentRequests() {}

  /** What a grant is about: a disclosure also names the data it covers. */
  public static Optional<Terms> grant(
      String purposeCode, String recipient, String scope, List<String> data, FieldErrors errors) {
    return terms(purposeCode, recipient, scope, data, true, errors);
  }

  /** What a withdrawal is about: the key alone, a withdrawal covers all data of it. */
  public static Optional<ConsentKey> withdrawal(
      String purposeCode, String recipient, String scope, FieldErrors errors) {
    return terms(purposeCode, recipient, scope, null, false, errors).map(Terms::key);
  }

  private static Optional<Terms> terms(
      String purposeCode,
      String recipient,
      String scope,
      List<String> data,
      boolean namesData,
      FieldErrors errors) {
    Optional<ConsentPurpose> purpose = ConsentPurpose.byCode(purposeCode);
    if (purpose.isEmpty()) {
      errors.add("purpose", "Unknown consent purpose; choose one of: " + codes());
      return Optional.empty();
    }
    if (!purpose.get().namesRecipient()) {
      refuseIfPresent(recipient, "recipient", errors);
      refuseIfPresent(scope, "scope", errors);
      if (data != null && !data.isEmpty()) {
        errors.add("data", "Only a disclosure consent names the data it covers");
      }
      return Optional.of(new Terms(ConsentKey.of(purpose.get(), null, null), List.of()));
    }
    requireText(recipient, "recipient", "Name the recipient of the disclosure", errors);
    requireText(scope, "scope", "Name the purpose of the disclosure", errors);
    List<PiCategory> categories = namesData ? categories(data, errors) : List.of();
    if (isBlank(recipient) || isBlank(scope)) {
      return Optional.empty();
    }
    return Optional.of(
        new Terms(new ConsentKey(purpose.get(), recipient.strip(), scope.strip()), categories));
  }

  private static List<PiCategory> categories(List<String> data, FieldErrors errors) {
    if (data == null || data.isEmpty()) {
      errors.add("data", "Name the personal information the disclosure covers");
      return List.of();
    }
    List<PiCategory> categories = new ArrayList<>();
    for (String name : data) {
      Optional<PiCategory> category =
          Arrays.stream(PiCategory.values()).filter(c -> c.name().equals(name)).findFirst();
      if (category.isEmpty()) {
        errors.add("data", "Unknown category of personal information: " + name);
      } else if (!categories.contains(category.get())) {
        categories.add(category.get());
      }
    }
    return List.copyOf(categories);
  }

  private static void refuseIfPresent(String value, String field, FieldErrors errors) {
    if (value != null) {
      errors.add(field, "Only a disclosure consent names a " + field);
    }
  }

  private static void requireText(String value, String field, String message, FieldErrors errors) {
    if (isBlank(value)) {
      errors.add(field, message);
    }
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String codes() {
    return Arrays.stream(ConsentPurpose.values())
        .map(ConsentPurpose::code)
        .collect(Collectors.joining(", "));
  }
}
