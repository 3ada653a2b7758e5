package net.genvoice.customer.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P26: finds anything in a text that could be a payment card number: 13 to 19 digits in a row,
 * possibly grouped by spaces, dashes, dots or underscores (also URL-encoded), that pass the Luhn
 * check. It looks at every stretch of 13 to 19 consecutive digits of a group, so a card number
 * hidden inside a longer number is found too; false alarms are the price of never missing one.
 */
public final class CardLikeNumbers {

  private static final int SHORTEST = 13;
  private static final int LONGEST = 19;
  private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d(?:[ ._-]?\\d)*");
  private static final Pattern ENCODED_SEPARATOR = Pattern.compile("%20|%2[dD]|%2[eE]|%5[fF]|\\+");
  private static final CardNumbers CARD_NUMBERS = new CardNumbers();

  private CardLikeNumbers() {}

  public static boolean containsCardLike(String text) {
    if (text == null || text.length() < SHORTEST) {
      return false;
    }
    Matcher groups = DIGIT_GROUPS.matcher(ENCODED_SEPARATOR.matcher(text).replaceAll(" "));
    while (groups.find()) {
      String digits = groups.group().replaceAll("[ ._-]", "");
      if (digits.length() >= SHORTEST && containsLuhnStretch(digits)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsLuhnStretch(String digits) {
    for (int start = 0; start + SHORTEST <= digits.length(); start++) {
      for (int end = start + SHORTEST; end <= Math.min(digits.length(), start + LONGEST); end++) {
        if (CARD_NUMBERS.passesLuhn(digits.substring(start, end))) {
          return true;
        }
      }
    }
    return false;
  }
}
