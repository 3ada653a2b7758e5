package net.genvoice.customer.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a country's national numbers turn into international ones: its calling code, whether a
 * leading trunk 0 is dropped, and how many digits its national significant numbers have.
 */
record DiallingPlan(String callingCode, boolean dropsTrunkZero, int minDigits, int maxDigits) {

  private static final DiallingPlan NANP = new DiallingPlan("1", false, 10, 10);

  private static final Map<String, DiallingPlan> PLANS =
      Map.ofEntries(
          Map.entry("US", NANP),
          Map.entry("CA", NANP),
          Map.entry("GB", new DiallingPlan("44", true, 9, 10)),
          Map.entry("IE", new DiallingPlan("353", true, 7, 9)),
          Map.entry("DE", new DiallingPlan("49", true, 6, 13)),
          Map.entry("FR", new DiallingPlan("33", true, 9, 9)),
          Map.entry("ES", new DiallingPlan("34", false, 9, 9)),
          // Italian numbers keep their leading 0 in international form (+39 06 ...)
          Map.entry("IT", new DiallingPlan("39", false, 6, 11)),
          Map.entry("NL", new DiallingPlan("31", true, 9, 9)),
          Map.entry("BE", new DiallingPlan("32", true, 8, 9)),
          Map.entry("CH", new DiallingPlan("41", true, 9, 9)),
          Map.entry("AT", new DiallingPlan("43", true, 6, 13)),
          Map.entry("SE", new DiallingPlan("46", true, 7, 9)),
          Map.entry("NO", new DiallingPlan("47", false, 8, 8)),
          Map.entry("DK", new DiallingPlan("45", false, 8, 8)),
          Map.entry("AU", new DiallingPlan("61", true, 9, 9)),
          Map.entry("NZ", new DiallingPlan("64", true, 8, 10)),
          Map.entry("IN", new DiallingPlan("91", true, 10, 10)),
          Map.entry("MX", new DiallingPlan("52", false, 10, 10)),
          Map.entry("BR", new DiallingPlan("55", true, 10, 11)),
          Map.entry("JP", new DiallingPlan("81", true, 9, 10)));

  static Optional<DiallingPlan> of(String countryIso2) {
    return countryIso2 == null
        ? Optional.empty()
        : Optional.ofNullable(PLANS.get(countryIso2.strip().toUpperCase(Locale.ROOT)));
  }

  /** The national number (digits only) in E.164, or empty when it cannot be one of this plan. */
  Optional<String> toE164(String national) {
    String significant = national;
    if (this == NANP && significant.length() == 11 && significant.startsWith("1")) {
      significant = significant.substring(1);
    } else if (dropsTrunkZero && significant.startsWith("0")) {
      significant = significant.substring(1);
    }
    boolean fits =
        significant.length() >= minDigits
            && significant.length() <= maxDigits
            && (!dropsTrunkZero || !significant.startsWith("0"))
            && (this != NANP || significant.matches("[2-9]\\d{2}[2-9]\\d{6}"));
    return fits ? Optional.of("+" + callingCode + significant) : Optional.empty();
  }
}
