package net.genvoice.web.cookies.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.web.cookies.PortalCookie;

/** P25: the cookie categories and the cookies in each, for the banner and the preferences page. */
@Named
@ApplicationScoped
public class CookieCatalogue {

  public CookieCategory getEssential() {
    return CookieCategory.ESSENTIAL;
  }

  /** The categories a visitor may refuse, in a stable order. */
  public List<CookieCategory> getOptional() {
    return CookieCategory.optional();
  }

  public List<CookieCategory> getAll() {
    return List.of(CookieCategory.values());
  }

  public List<PortalCookie> cookiesOf(CookieCategory category) {
    return Arrays.stream(PortalCookie.values())
        .filter(cookie -> cookie.category() == category)
        .toList();
  }
}
