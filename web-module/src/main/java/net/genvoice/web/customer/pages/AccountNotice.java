package net.genvoice.web.customer.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Map;
import net.genvoice.web.portal.PageRedirect;

/**
 * The confirmation My account shows after a change. The change redirects to the page with a key
 * ({@code ?saved=profile}); only known keys have a text, so the page never echoes the URL.
 */
@Named
@RequestScoped
public class AccountNotice {

  static final String PAGE = "/account/index.xhtml";

  private static final Map<String, String> TEXTS =
      Map.of(
          "profile", "Your profile has been corrected.",
          "email", "Your email address has been changed. Sign in with it from now on.",
          "payment-method-added", "The payment method has been added.",
          "payment-method-removed", "The payment method has been removed.",
          "payment-method-default", "Your default payment method has been changed.",
          "seat-added", "The seat has been added. Its holder can now sign in.",
          "seat-removed", "The seat has been removed and its holder's account closed.");

  static String pageFor(String key) {
    return PAGE + "?saved=" + key;
  }

  /** The confirmation for this request, or empty. */
  public String getText() {
    return TEXTS.getOrDefault(PageRedirect.parameter("saved"), "");
  }
}
