package net.genvoice.cookies.boundary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;

/**
 * P06: a customer's cookie preferences: whether they have chosen yet ({@code recorded}), each
 * category with whether it is allowed, and Global Privacy Control: whether this request sent the
 * signal and when it was recorded as their opt-out of third-party marketing (P24), if it was.
 */
public record CookiePreferencesView(
    boolean recorded,
    Map<String, Boolean> categories,
    boolean privacySignalSent,
    Instant privacySignalRecordedAt) {

  static CookiePreferencesView of(
      boolean recorded, CookieChoice choice, boolean signalSent, Instant signalRecordedAt) {
    Map<String, Boolean> categories = new LinkedHashMap<>();
    for (CookieCategory category : CookieCategory.values()) {
      categories.put(category.code(), choice.allows(category));
    }
    return new CookiePreferencesView(recorded, categories, signalSent, signalRecordedAt);
  }
}
