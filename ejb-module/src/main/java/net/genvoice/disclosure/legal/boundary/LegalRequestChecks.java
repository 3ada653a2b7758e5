package net.genvoice.disclosure.legal.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.disclosure.control.RegistrySnapshot;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.disclosure.entity.RecipientRegistration;
import net.genvoice.disclosure.legal.entity.LegalRequestKind;
import net.genvoice.privacy.catalogue.PiCategory;

/** Reads a {@link LegalRequestCommand}, adding a message per refused field (P18). */
final class LegalRequestChecks {

  static final int MAX_SUBJECTS = 100;

  /** What a valid command names. */
  record Checked(
      LegalRequestKind kind,
      RecipientRegistration authority,
      String reference,
      List<String> subjects,
      Set<PiCategory> categories) {}

  private LegalRequestChecks() {}

  /** True when the command lacks what P18 requires of every legal release. */
  static boolean lacksReferenceOrAuthority(LegalRequestCommand command) {
    return command != null && (isBlank(command.reference()) || isBlank(command.authorityId()));
  }

  static Optional<Checked> check(
      LegalRequestCommand command,
      RegistrySnapshot registry,
      Predicate<String> knownCustomer,
      LocalDate today,
      FieldErrors errors) {
    if (command == null) {
      errors.add("request", "Describe the legal request");
      return Optional.empty();
    }
    Optional<LegalRequestKind> kind =
        Arrays.stream(LegalRequestKind.values())
            .filter(k -> k.name().equals(command.kind()))
            .findFirst();
    if (kind.isEmpty()) {
      errors.add("kind", "Choose SUBPOENA or COURT_ORDER");
    }
    RecipientRegistration authority = authority(command.authorityId(), registry, errors);
    if (isBlank(command.reference())) {
      errors.add("reference", "A legal request needs its reference, such as the order number");
    } else if (command.reference().strip().length() > 200) {
      errors.add("reference", "At most 200 characters");
    }
    if (command.issuedOn() == null) {
      errors.add("issuedOn", "Enter the day the order was issued");
    } else if (command.issuedOn().isAfter(today)) {
      errors.add("issuedOn", "An order cannot be issued in the future");
    }
    if (command.nonDisclosureUntil() != null
        && command.issuedOn() != null
        && command.nonDisclosureUntil().isBefore(command.issuedOn())) {
      errors.add("nonDisclosureUntil", "The non-disclosure order cannot end before it was issued");
    }
    List<String> subjects = subjects(command.subjects(), knownCustomer, errors);
    Set<PiCategory> categories = categories(command.dataCategories(), errors);
    if (kind.isEmpty() || authority == null || isBlank(command.reference())) {
      return Optional.empty();
    }
    return Optional.of(
        new Checked(kind.get(), authority, command.reference().strip(), subjects, categories));
  }

  /** The disclosable fields that hold the categories. */
  static FieldSet fieldsOf(Set<PiCategory> categories) {
    return FieldSet.copyOf(
        Arrays.stream(DisclosableField.values())
            .filter(field -> categories.contains(field.category()))
            .filter(field -> !field.internalOnly())
            .toList());
  }

  private static RecipientRegistration authority(
      String authorityId, RegistrySnapshot registry, FieldErrors errors) {
    if (isBlank(authorityId)) {
      errors.add("authorityId", "Name the issuing authority (its registry entry)");
      return null;
    }
    RecipientRegistration authority = registry.registration(authorityId.strip()).orElse(null);
    if (authority == null || authority.kind() != RecipientKind.COURT_OR_LAW_ENFORCEMENT) {
      errors.add("authorityId", "Not an active court or law-enforcement authority of the registry");
      return null;
    }
    return authority;
  }

  private static List<String> subjects(
      List<String> given, Predicate<String> knownCustomer, FieldErrors errors) {
    List<String> subjects = new ArrayList<>();
    if (given == null || given.isEmpty()) {
      errors.add("subjects", "Name at least one customer");
      return subjects;
    }
    if (given.size() > MAX_SUBJECTS) {
      errors.add("subjects", "At most " + MAX_SUBJECTS + " customers per request");
      return subjects;
    }
    for (String subject : given) {
      String id = subject == null ? "" : subject.strip();
      if (!knownCustomer.test(id)) {
        errors.add("subjects", "Unknown customer: " + id);
      } else if (!subjects.contains(id)) {
        subjects.add(id);
      }
    }
    return subjects;
  }

  private static Set<PiCategory> categories(List<String> names, FieldErrors errors) {
    Set<PiCategory> categories = EnumSet.noneOf(PiCategory.class);
    if (names == null || names.isEmpty()) {
      errors.add("dataCategories", "Name the categories of personal information ordered");
      return categories;
    }
    for (String name : names) {
      Optional<PiCategory> category =
          Arrays.stream(PiCategory.values()).filter(c -> c.name().equals(name)).findFirst();
      if (category.isEmpty()) {
        errors.add("dataCategories", "Unknown category: " + name + "; one of " + disclosable());
      } else if (category.get() == PiCategory.SURVEY) {
        errors.add("dataCategories", "Survey answers are used only inside GenVoice (P14)");
      } else if (fieldsOf(Set.of(category.get())).isEmpty()) {
        errors.add("dataCategories", "GenVoice discloses no field of category " + name);
      } else {
        categories.add(category.get());
      }
    }
    return categories;
  }

  private static String disclosable() {
    return Arrays.stream(PiCategory.values())
        .filter(c -> !fieldsOf(Set.of(c)).isEmpty())
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
