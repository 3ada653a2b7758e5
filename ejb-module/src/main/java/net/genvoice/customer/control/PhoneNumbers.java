package net.genvoice.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * P03: the phone number of an account, normalised to E.164 ("+" then 8 to 15 digits, the first not
 * 0) so that it is stored, compared and disclosed in one form.
 */
@ApplicationScoped
public class PhoneNumbers {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.()\\-]");
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

  /**
   * The number in E.164, or empty when it is not a phone number. "+" or "00" starts an
   * international number; anything else is a national number of the given country (ISO 3166
   * alpha-2), whose single trunk 0 is dropped where that country dials one. Spaces, dashes, dots
   * and parentheses are ignored, and so is the "(0)" some write after the country code.
   */
  public Optional<String> toE164(String raw, String countryIso2) {
    if (raw == null) {
      return Optional.empty();
    }
    String trimmed = raw.strip();
    boolean international = trimmed.startsWith("+") || trimmed.startsWith("00");
    String compact =
        SEPARATORS.matcher(international ? trimmed.replace("(0)", "") : trimmed).replaceAll("");
    if (compact.startsWith("+")) {
      return e164(compact);
    }
    if (compact.startsWith("00")) {
      return e164("+" + compact.substring(2));
    }
    if (!compact.matches("\\d+")) {
      return Optional.empty();
    }
    return DiallingPlan.of(countryIso2).flatMap(plan -> plan.toE164(compact)).flatMap(this::e164);
  }

  private Optional<String> e164(String candidate) {
    return E164.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
  }
}
