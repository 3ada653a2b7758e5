package net.genvoice.web.cookies;

import java.util.EnumSet;
import java.util.Optional;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;

/**
 * P06: what the banner's and the preferences page's plain form sends: the button pressed ({@code
 * choice}: accept-all, refuse-all or save) and, to save, the ticked categories ({@code category}).
 */
final class CookieForm {

  static final String ACCEPT_ALL = "accept-all";
  static final String REFUSE_ALL = "refuse-all";
  static final String SAVE = "save";

  private CookieForm() {}

  /** The choice sent; empty for an unknown button or category, which changes nothing. */
  static Optional<CookieChoice> choiceOf(String button, String[] categories) {
    if (ACCEPT_ALL.equals(button)) {
      return Optional.of(CookieChoice.ALL);
    }
    if (REFUSE_ALL.equals(button)) {
      return Optional.of(CookieChoice.NONE);
    }
    if (!SAVE.equals(button)) {
      return Optional.empty();
    }
    EnumSet<CookieCategory> ticked = EnumSet.noneOf(CookieCategory.class);
    for (String code : categories == null ? new String[0] : categories) {
      Optional<CookieCategory> category = CookieCategory.byCode(code);
      if (category.isEmpty()) {
        return Optional.empty();
      }
      ticked.add(category.get());
    }
    return Optional.of(new CookieChoice(ticked));
  }
}
