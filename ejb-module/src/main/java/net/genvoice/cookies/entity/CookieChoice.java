package net.genvoice.cookies.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.genvoice.consent.entity.ConsentPurpose;

/**
 * P06: the categories a visitor consented to; essential cookies are always allowed and never part
 * of the choice. In the browser's essential choice cookie it reads like {@code
 * 2026-11-01.analytics.personalisation} (or {@code 2026-11-01.none}): the version of the consent
 * texts first, so a changed text asks again, and no digits a card-number scan could mistake.
 */
public record CookieChoice(Set<CookieCategory> granted) {

  public static final CookieChoice NONE = new CookieChoice(Set.of());

  public static final CookieChoice ALL = new CookieChoice(Set.copyOf(CookieCategory.optional()));

  private static final String NOTHING = "none";

  public CookieChoice {
    EnumSet<CookieCategory> optional = EnumSet.noneOf(CookieCategory.class);
    granted.stream().filter(category -> !category.isEssential()).forEach(optional::add);
    granted = Set.copyOf(optional);
  }

  public static CookieChoice of(CookieCategory... categories) {
    return new CookieChoice(Set.of(categories));
  }

  public boolean allows(CookieCategory category) {
    return category.isEssential() || granted.contains(category);
  }

  /** The value of the essential cookie that keeps this choice in the browser. */
  public String cookieValue() {
    String categories =
        CookieCategory.optional().stream()
            .filter(granted::contains)
            .map(CookieCategory::code)
            .collect(Collectors.joining("."));
    return ConsentPurpose.TEXT_VERSION + "." + (categories.isEmpty() ? NOTHING : categories);
  }

  /**
   * The choice a cookie value keeps; empty when the value is not one this class wrote for the
   * current texts, so that the visitor is asked again.
   */
  public static Optional<CookieChoice> fromCookieValue(String value) {
    String prefix = ConsentPurpose.TEXT_VERSION + ".";
    if (value == null || !value.startsWith(prefix) || value.length() > 100) {
      return Optional.empty();
    }
    String rest = value.substring(prefix.length());
    if (rest.equals(NOTHING)) {
      return Optional.of(NONE);
    }
    EnumSet<CookieCategory> categories = EnumSet.noneOf(CookieCategory.class);
    for (String code : rest.split("\\.", -1)) {
      Optional<CookieCategory> category =
          CookieCategory.byCode(code).filter(known -> !known.isEssential());
      if (category.isEmpty()) {
        return Optional.empty();
      }
      categories.add(category.get());
    }
    return Optional.of(new CookieChoice(categories));
  }

  @Override
  public String toString() {
    return Arrays.toString(granted.stream().map(CookieCategory::code).sorted().toArray());
  }
}
