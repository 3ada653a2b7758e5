package net.genvoice.partner.control;

import java.util.regex.Pattern;

/**
 * The form of a partner id: the HTTP Basic username of the partner's credential, so it holds no
 * colon; lower-case letters, digits and inner hyphens, 3 to 64 characters.
 */
public final class PartnerIds {

  public static final int MAX = 64;
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");

  private PartnerIds() {}

  public static boolean isValid(String partnerId) {
    return partnerId != null && FORM.matcher(partnerId).matches();
  }

  /** What an audit row may keep of a claimed id: at most {@value #MAX} characters, or null. */
  public static String forAudit(String claimed) {
    if (claimed == null || claimed.isBlank()) {
      return null;
    }
    return claimed.length() <= MAX ? claimed : claimed.substring(0, MAX);
  }
}
