package net.genvoice.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.genvoice.customer.entity.CardBrand;

/**
 * P03: only Visa, MasterCard and American Express cards are accepted, recognised by their issuer
 * identification number (IIN) and checked with the Luhn algorithm. No message produced here ever
 * contains the card number or the CVV.
 */
@ApplicationScoped
public class CardNumbers {

  private static final Map<CardBrand, Set<Integer>> LENGTHS =
      Map.of(
          CardBrand.VISA, Set.of(13, 16, 19),
          CardBrand.MASTERCARD, Set.of(16),
          CardBrand.AMERICAN_EXPRESS, Set.of(15));
  private static final int SHORTEST = 12;
  private static final int LONGEST = 19;
  private static final int YEARS_AHEAD = 20;

  /** The number without the spaces and dashes people type to group digits; null gives "". */
  public static String digitsOnly(String raw) {
    return raw == null ? "" : raw.replaceAll("[\\s-]", "");
  }

  /**
   * The brand by IIN, for a number of the length that brand issues: Visa 4 (13, 16 or 19 digits),
   * MasterCard 51-55 and 2221-2720 (16), American Express 34 and 37 (15). Any other brand
   * (Discover, Diners, JCB, UnionPay, ...) and anything that is not digits give empty.
   */
  public Optional<CardBrand> brandOf(String digits) {
    String number = digitsOnly(digits);
    return brandByPrefix(number).filter(brand -> LENGTHS.get(brand).contains(number.length()));
  }

  /** True when the digits pass the Luhn (mod 10) check. */
  public boolean passesLuhn(String digits) {
    if (digits == null || !digits.matches("\\d{2,}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  /**
   * The problems of a card as typed in a form, keyed "number", "expiryMonth", "expiryYear" and
   * "cvv" in that order; empty when the card is acceptable. A card is valid through the last day of
   * its expiry month. "The card has expired" is reported on "expiryYear" when the year is past and
   * on "expiryMonth" when only the month is. A two-digit year is read as 20YY.
   */
  public Map<String, String> validate(
      String number, Integer expiryMonth, Integer expiryYear, String cvv, YearMonth now) {
    Objects.requireNonNull(now, "now");
    Map<String, String> problems = new LinkedHashMap<>();
    Optional<CardBrand> brand = checkNumber(number, problems);
    checkExpiry(expiryMonth, fourDigitYear(expiryYear), now, problems);
    checkCvv(cvv, brand, problems);
    return problems;
  }

  private static Integer fourDigitYear(Integer year) {
    return year != null && year >= 0 && year < 100 ? Integer.valueOf(2000 + year) : year;
  }

  private Optional<CardBrand> brandByPrefix(String number) {
    if (!number.matches("\\d{4,}")) {
      return Optional.empty();
    }
    int two = Integer.parseInt(number.substring(0, 2));
    int four = Integer.parseInt(number.substring(0, 4));
    if (number.charAt(0) == '4') {
      return Optional.of(CardBrand.VISA);
    }
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return Optional.of(CardBrand.MASTERCARD);
    }
    if (two == 34 || two == 37) {
      return Optional.of(CardBrand.AMERICAN_EXPRESS);
    }
    return Optional.empty();
  }

  private Optional<CardBrand> checkNumber(String raw, Map<String, String> problems) {
    String number = digitsOnly(raw);
    if (number.isEmpty()) {
      problems.put("number", "The card number is required");
      return Optional.empty();
    }
    if (!number.matches("\\d+") || number.length() < SHORTEST || number.length() > LONGEST) {
      problems.put("number", "This card number is not valid");
      return Optional.empty();
    }
    Optional<CardBrand> brand = brandByPrefix(number);
    if (brand.isEmpty()) {
      problems.put("number", "Only Visa, MasterCard and American Express cards are accepted");
    } else if (!LENGTHS.get(brand.get()).contains(number.length()) || !passesLuhn(number)) {
      problems.put("number", "This card number is not valid");
    }
    return brand;
  }

  private void checkExpiry(
      Integer month, Integer year, YearMonth now, Map<String, String> problems) {
    boolean monthValid = month != null && month >= 1 && month <= 12;
    if (month == null) {
      problems.put("expiryMonth", "The expiry month is required");
    } else if (!monthValid) {
      problems.put("expiryMonth", "The expiry month must be between 1 and 12");
    }
    if (year == null) {
      problems.put("expiryYear", "The expiry year is required");
    } else if (year < now.getYear()) {
      problems.put("expiryYear", "The card has expired");
    } else if (year > now.getYear() + YEARS_AHEAD) {
      problems.put("expiryYear", "The expiry year is too far in the future");
    } else if (monthValid && YearMonth.of(year, month).isBefore(now)) {
      problems.put("expiryMonth", "The card has expired");
    }
  }

  private void checkCvv(String cvv, Optional<CardBrand> brand, Map<String, String> problems) {
    String digits = cvv == null ? "" : cvv.strip();
    if (digits.isEmpty()) {
      problems.put("cvv", "The CVV is required");
    } else if (!digits.matches("\\d+")) {
      problems.put("cvv", "The CVV may contain only digits");
    } else if (brand.isPresent() && digits.length() != brand.get().cvvLength()) {
      CardBrand known = brand.get();
      String article = "AEIOU".indexOf(known.displayName().charAt(0)) >= 0 ? "an " : "a ";
      problems.put(
          "cvv",
          "The CVV of "
              + article
              + known.displayName()
              + " card has "
              + known.cvvLength()
              + " digits");
    } else if (brand.isEmpty() && (digits.length() < 3 || digits.length() > 4)) {
      problems.put("cvv", "The CVV has 3 or 4 digits");
    }
  }
}
