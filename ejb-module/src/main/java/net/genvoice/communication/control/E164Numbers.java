package net.genvoice.communication.control;

import java.util.regex.Pattern;

/**
 * P12: the one form in which do-not-call numbers are accepted: E.164, a "+", the country code and
 * the number, 8 to 15 digits in all, the first not 0, and nothing else (no spaces or dashes), the
 * form in which customers' phone numbers are stored too.
 */
public final class E164Numbers {

  public static final String RULE =
      "an E.164 number: + then the country code and the number, 8 to 15 digits, no spaces"
          + " (e.g. +14155550100)";

  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

  private E164Numbers() {}

  public static boolean isValid(String number) {
    return number != null && E164.matcher(number).matches();
  }
}
