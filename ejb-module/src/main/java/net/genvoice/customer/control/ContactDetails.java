package net.genvoice.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.genvoice.customer.boundary.AddressCommand;
import net.genvoice.customer.boundary.ProfileCorrection;
import net.genvoice.customer.entity.Customer;

/**
 * Checks and normalises who a customer is and how to reach them: email, E.164 phone, password
 * strength.
 */
@ApplicationScoped
public class ContactDetails {

  @Inject EmailAddresses emails;
  @Inject PhoneNumbers phones;
  @Inject PasswordPolicy passwordPolicy;

  /** The normalised email and phone of an accepted sign-up or seat. */
  public record Checked(String email, String phone) {}

  /** The normalised email and phone of a correction, where given. */
  public record Corrected(Optional<String> email, Optional<String> phone) {}

  public Checked check(
      String name,
      String email,
      String phone,
      String password,
      AddressCommand address,
      FieldErrors errors) {
    Optional<String> normalisedEmail = emails.normalise(email);
    if (normalisedEmail.isEmpty()) {
      errors.add("email", "Enter a valid email address, like name@example.com");
    }
    Optional<String> e164 = phones.toE164(phone, address == null ? null : address.country());
    if (e164.isEmpty()) {
      errors.add("phone", "Enter a valid phone number, like +1 415 555 0100");
    }
    passwordPolicy
        .problemWith(password, personalValues(name, normalisedEmail.orElse(email)))
        .ifPresent(problem -> errors.add("password", problem));
    return new Checked(normalisedEmail.orElse(null), e164.orElse(null));
  }

  public Corrected checkCorrection(
      Customer customer, ProfileCorrection correction, FieldErrors errors) {
    Optional<String> email = Optional.empty();
    if (correction.email() != null) {
      email = emails.normalise(correction.email());
      if (email.isEmpty()) {
        errors.add("email", "Enter a valid email address, like name@example.com");
      }
    }
    Optional<String> phone = Optional.empty();
    if (correction.phone() != null) {
      String country =
          correction.address() != null
              ? correction.address().country()
              : customer.address().country();
      phone = phones.toE164(correction.phone(), country);
      if (phone.isEmpty()) {
        errors.add("phone", "Enter a valid phone number, like +1 415 555 0100");
      }
    }
    if (correction.name() != null && correction.name().isBlank()) {
      errors.add("name", "Enter your name");
    }
    return new Corrected(email, phone);
  }

  private static String[] personalValues(String name, String email) {
    List<String> values = new ArrayList<>();
    if (name != null) {
      values.addAll(List.of(name.trim().split("\\s+")));
    }
    if (email != null && email.contains("@")) {
      values.add(email.substring(0, email.indexOf('@')));
    }
    return values.toArray(String[]::new);
  }
}
