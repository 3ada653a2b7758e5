package net.genvoice.disclosure.registry.control;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;

/**
 * Reads registry input for the compliance officer, adding a message per refused field: an unknown
 * kind, purpose or field; sale (P15); a purpose the kind may never receive for (P19, P20, P21,
 * P24); a field that must stay inside GenVoice (P14). A purpose's errors are named {@code
 * purposes.<PURPOSE>}.
 */
public final class RecipientChecks {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,99}");

  private RecipientChecks() {}

  public static void id(String id, FieldErrors errors) {
    if (id == null || !ID.matcher(id).matches()) {
      errors.add(
          "id",
          "2 to 100 lower-case letters, digits, dots or dashes, starting with a letter or digit");
    }
  }

  public static void text(String value, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      errors.add(field, "Required");
    } else if (value.strip().length() > 200) {
      errors.add(field, "At most 200 characters");
    }
  }

  public static Optional<RecipientKind> kind(String name, FieldErrors errors) {
    Optional<RecipientKind> kind =
        Arrays.stream(RecipientKind.values()).filter(k -> k.name().equals(name)).findFirst();
    if (kind.isEmpty()) {
      errors.add("kind", "Unknown kind " + name + "; one of " + names(RecipientKind.values()));
    }
    return kind;
  }

  /** Per purpose the fields; empty purposes or fields are refused, not silently dropped. */
  public static Map<Purpose, FieldSet> purposes(
      Map<String, List<String>> given, RecipientKind kind, FieldErrors errors) {
    Map<Purpose, FieldSet> purposes = new EnumMap<>(Purpose.class);
    if (given == null || given.isEmpty()) {
      errors.add("purposes", "Name at least one purpose and the fields it may receive");
      return purposes;
    }
    given.forEach(
        (name, fieldNames) -> {
          String field = "purposes." + name;
          Optional<Purpose> purpose =
              Arrays.stream(Purpose.values()).filter(p -> p.name().equals(name)).findFirst();
          if (purpose.isEmpty()) {
            errors.add(field, "Unknown purpose; one of " + names(Purpose.values()));
          } else if (purpose.get() == Purpose.SALE) {
            errors.add(field, "GenVoice never sells personal information (P15)");
          } else if (kind != null && !kind.mayReceiveFor(purpose.get())) {
            errors.add(field, "A recipient of kind " + kind + " may not receive data for " + name);
          } else {
            fields(fieldNames, field, errors).ifPresent(set -> purposes.put(purpose.get(), set));
          }
        });
    return purposes;
  }

  private static Optional<FieldSet> fields(List<String> names, String field, FieldErrors errors) {
    if (names == null || names.isEmpty()) {
      errors.add(field, "Name the fields it may receive for this purpose");
      return Optional.empty();
    }
    Set<DisclosableField> fields = EnumSet.noneOf(DisclosableField.class);
    for (String name : names) {
      Optional<DisclosableField> known = DisclosableField.byName(name);
      if (known.isEmpty()) {
        errors.add(field, "Unknown field " + name);
      } else if (known.get().internalOnly()) {
        errors.add(field, name + " is used only inside GenVoice and never released (P14)");
      } else {
        fields.add(known.get());
      }
    }
    return Optional.of(FieldSet.copyOf(fields));
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values)
        .filter(value -> value != Purpose.SALE)
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
