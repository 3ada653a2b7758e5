package net.genvoice.consent.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * P17: consent evidence keeps the source address only truncated, IPv4 to its /24 and IPv6 to its
 * /48, enough to tell a network apart, not a household. Only literal addresses are parsed, so this
 * never causes a DNS lookup.
 */
public final class SourceAddresses {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

  private SourceAddresses() {}

  /** The truncated address, or empty when the text is not a literal IP address. */
  public static Optional<String> truncate(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String literal = address.strip();
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    boolean v4 = IPV4.matcher(literal).matches();
    if (!v4 && !(literal.contains(":") && IPV6.matcher(literal).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(truncated(InetAddress.getByName(literal)));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static String truncated(InetAddress address) throws UnknownHostException {
    byte[] bytes = address.getAddress();
    int keep = address instanceof Inet4Address ? 3 : 6;
    byte[] masked = Arrays.copyOf(Arrays.copyOf(bytes, keep), bytes.length);
    InetAddress result = InetAddress.getByAddress(masked);
    return result instanceof Inet6Address
        ? compressed(result.getHostAddress())
        : result.getHostAddress();
  }

  /** Java writes IPv6 without "::" compression; the usual short form reads better in evidence. */
  private static String compressed(String full) {
    String padded = ":" + full + ":";
    String longest = null;
    for (String zeros = ":0:0:0:0:0:0:0:0:"; zeros.length() > 4; zeros = zeros.substring(2)) {
      if (padded.contains(zeros)) {
        longest = zeros;
        break;
      }
    }
    if (longest == null) {
      return full;
    }
    String shortened = padded.replaceFirst(Pattern.quote(longest), "::");
    shortened =
        shortened.startsWith(":") && !shortened.startsWith("::")
            ? shortened.substring(1)
            : shortened;
    return shortened.endsWith(":") && !shortened.endsWith("::")
        ? shortened.substring(0, shortened.length() - 1)
        : shortened;
  }
}
