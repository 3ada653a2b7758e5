package net.genvoice.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * P03: the email address of an account in one canonical form (trimmed, lower case), checked with a
 * pragmatic pattern rather than the full RFC 5322 grammar that no mail provider honours.
 */
@ApplicationScoped
public class EmailAddresses {

  /** RFC 5321 limit of a forward path that can actually be delivered. */
  public static final int MAX_LENGTH = 254;

  private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
  private static final String TOP_LEVEL = "(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})";
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+" + TOP_LEVEL);

  /** The address trimmed and in lower case, or empty when it is not a usable email address. */
  public Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String address = raw.strip().toLowerCase(Locale.ROOT);
    return address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches()
        ? Optional.of(address)
        : Optional.empty();
  }
}
