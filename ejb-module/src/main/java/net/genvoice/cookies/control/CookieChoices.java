package net.genvoice.cookies.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.customer.control.FieldErrors;

/**
 * Reads a requested choice, category code to consented or not, into a {@link CookieChoice}. A
 * category left out is refused (the request replaces the whole choice); an unknown category, a
 * missing answer or a refusal of essential cookies is reported under {@code categories.<name>}.
 */
public final class CookieChoices {

  static final int LONGEST_NAME = 40;

  private CookieChoices() {}

  public static Optional<CookieChoice> read(Map<String, Boolean> categories, FieldErrors errors) {
    if (categories == null) {
      errors.add("categories", "Name the cookie categories you consent to: " + codes());
      return Optional.empty();
    }
    EnumSet<CookieCategory> granted = EnumSet.noneOf(CookieCategory.class);
    boolean valid = true;
    for (Map.Entry<String, Boolean> entry : categories.entrySet()) {
      String field = "categories." + shortened(entry.getKey());
      Optional<CookieCategory> category = CookieCategory.byCode(entry.getKey());
      if (category.isEmpty()) {
        errors.add(field, "Unknown cookie category; choose from " + codes());
        valid = false;
      } else if (entry.getValue() == null) {
        errors.add(field, "Answer true or false");
        valid = false;
      } else if (category.get().isEssential() && !entry.getValue()) {
        errors.add(field, "Essential cookies cannot be refused: the portal does not work without");
        valid = false;
      } else if (entry.getValue()) {
        granted.add(category.get());
      }
    }
    return valid ? Optional.of(new CookieChoice(granted)) : Optional.empty();
  }

  private static String shortened(String name) {
    String safe = name == null ? "" : name;
    return safe.length() > LONGEST_NAME ? safe.substring(0, LONGEST_NAME) : safe;
  }

  private static String codes() {
    return Arrays.stream(CookieCategory.values())
        .map(CookieCategory::code)
        .collect(Collectors.joining(", "));
  }
}
