package net.genvoice.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * P03: the passwords an account may have: long enough to resist guessing (NIST SP 800-63B: length
 * and a block list rather than composition rules), not a well-known password, and not built from
 * the customer's own name or email address. Messages never repeat the password.
 */
@ApplicationScoped
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final int MIN_PERSONAL_LENGTH = 4;

  /**
   * Why the password is not acceptable, or empty when it is. Personal values (name, email address,
   * phone number) are compared case-insensitively, each whole and split at spaces, "@" and dots, so
   * a full name or an email address can be passed as it is; parts shorter than 4 characters are
   * ignored.
   */
  public Optional<String> problemWith(String password, String... personalValues) {
    if (password == null || password.isEmpty()) {
      return Optional.of("A password is required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("The password must have at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("The password must have at most " + MAX_LENGTH + " characters");
    }
    if (CommonPasswords.contains(password)) {
      return Optional.of("This password is too common; choose one that is harder to guess");
    }
    if (containsPersonalValue(password.toLowerCase(Locale.ROOT), personalValues)) {
      return Optional.of("The password must not contain your name, email address or phone number");
    }
    return Optional.empty();
  }

  private static boolean containsPersonalValue(String password, String... personalValues) {
    if (personalValues == null) {
      return false;
    }
    return Arrays.stream(personalValues)
        .filter(Objects::nonNull)
        .map(value -> value.strip().toLowerCase(Locale.ROOT))
        .flatMap(value -> Stream.concat(Stream.of(value), Arrays.stream(value.split("[\\s@.]+"))))
        .filter(part -> part.length() >= MIN_PERSONAL_LENGTH)
        .anyMatch(password::contains);
  }
}
