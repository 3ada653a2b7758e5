package net.genvoice.web.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends an action with a redirect (post/redirect/get): a reload never repeats the action, and the
 * next page is a plain GET.
 */
public final class PageRedirect {

  private PageRedirect() {}

  /** Redirects to a path of this application, such as {@code /account/index.xhtml}. */
  public static void to(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request parameter of the current form post (e.g. the row a button acts on). */
  public static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .getOrDefault(name, "");
  }
}
