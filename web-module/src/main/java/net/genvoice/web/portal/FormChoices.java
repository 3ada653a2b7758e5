package net.genvoice.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The fixed choices of the portal's forms: countries, card expiry months and years. */
@Named
@ApplicationScoped
public class FormChoices {

  /** A country as offered in a select: its ISO 3166 code and English name. */
  public record Country(String code, String name) {}

  /** The countries whose phone numbers the account service understands. */
  static final List<String> COUNTRY_CODES =
      List.of(
          "AT", "AU", "BE", "BR", "CA", "CH", "DE", "DK", "ES", "FR", "GB", "IE", "IN", "IT", "JP",
          "MX", "NL", "NO", "NZ", "SE", "US");

  private static final List<Country> COUNTRIES =
      COUNTRY_CODES.stream()
          .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
          .sorted(Comparator.comparing(Country::name))
          .toList();

  public List<Country> countries() {
    return COUNTRIES;
  }

  public List<Integer> months() {
    return IntStream.rangeClosed(1, 12).boxed().toList();
  }

  /** This year and the next fifteen: cards are issued for at most that long. */
  public List<Integer> years() {
    int now = Year.now().getValue();
    return Stream.iterate(now, year -> year + 1).limit(16).toList();
  }

  /** The staff roles an administrator can grant. */
  public List<String> staffRoles() {
    return Caller.STAFF_ROLES;
  }
}
