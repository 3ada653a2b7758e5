package net.genvoice.web.cookies;

import java.util.regex.Pattern;

/**
 * Where the cookie form returns to: a path of this portal only, never another site (an open
 * redirect), and never anything but plain path and query characters.
 */
final class ReturnPaths {

  static final String DEFAULT = "/cookies.xhtml";
  private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~/?=&%-]{0,300}");

  private ReturnPaths() {}

  static String safe(String requested) {
    return requested != null && LOCAL.matcher(requested).matches() ? requested : DEFAULT;
  }
}
