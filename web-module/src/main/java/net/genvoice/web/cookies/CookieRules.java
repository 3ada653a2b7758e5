package net.genvoice.web.cookies;

import java.util.Optional;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.customer.control.CardLikeNumbers;

/**
 * P25, P26: whether a cookie may be set. A value with anything like a card number never is, also in
 * an essential cookie; a name not declared in {@link PortalCookie} never is; a non-essential cookie
 * only within the visitor's consent. Deleting a cookie stores nothing and is always allowed.
 */
final class CookieRules {

  /** Why a cookie was kept or stripped. */
  enum Verdict {
    SET,
    CARD_LIKE_VALUE,
    UNDECLARED,
    NOT_CONSENTED;

    boolean allows() {
      return this == SET;
    }
  }

  private CookieRules() {}

  static Verdict judge(String name, String value, boolean deletion, CookieChoice choice) {
    if (CardLikeNumbers.containsCardLike(value)) {
      return Verdict.CARD_LIKE_VALUE;
    }
    if (deletion) {
      return Verdict.SET;
    }
    Optional<CookieCategory> category = PortalCookie.categoryOf(name);
    if (category.isEmpty()) {
      return Verdict.UNDECLARED;
    }
    return choice.allows(category.get()) ? Verdict.SET : Verdict.NOT_CONSENTED;
  }
}
