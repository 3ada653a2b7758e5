package net.genvoice.cookies.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.genvoice.consent.entity.ConsentPurpose;

/**
 * P25: the purposes a cookie may serve. Essential cookies complete what the visitor asked for
 * (session, remember-me when chosen, security, the cookie choice itself) and need no consent; every
 * other category is set only with the consent of its purpose (P06).
 */
public enum CookieCategory {
  ESSENTIAL(
      "essential",
      "Essential",
      "Keep you signed in, remember you when you tick \"Remember me\", protect forms and keep"
          + " this choice. Always on: the portal does not work without them.",
      null),
  ANALYTICS(
      "analytics",
      "Analytics",
      "Measure how often each part of the portal is used, linking your visits over time.",
      ConsentPurpose.COOKIES_ANALYTICS),
  PERSONALISATION(
      "personalisation",
      "Personalisation",
      "Remember your preferences and recommend features from the way you use GenVoice.",
      ConsentPurpose.COOKIES_PERSONALISATION),
  BEACONS(
      "beacons",
      "Web beacons",
      "Learn which pages and emails are read. GenVoice uses no web beacons today; your choice"
          + " is kept for when it does.",
      ConsentPurpose.COOKIES_BEACONS);

  private final String code;
  private final String title;
  private final String description;
  private final ConsentPurpose purpose;

  CookieCategory(String code, String title, String description, ConsentPurpose purpose) {
    this.code = code;
    this.title = title;
    this.description = description;
    this.purpose = purpose;
  }

  public static Optional<CookieCategory> byCode(String code) {
    return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
  }

  /** The categories that need consent, in a stable order. */
  public static List<CookieCategory> optional() {
    return Arrays.stream(values()).filter(category -> !category.isEssential()).toList();
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public boolean isEssential() {
    return purpose == null;
  }

  /** The consent purpose of a category that needs consent. */
  public Optional<ConsentPurpose> purpose() {
    return Optional.ofNullable(purpose);
  }

  public static Optional<CookieCategory> ofPurpose(ConsentPurpose purpose) {
    return Arrays.stream(values()).filter(category -> category.purpose == purpose).findFirst();
  }
}
