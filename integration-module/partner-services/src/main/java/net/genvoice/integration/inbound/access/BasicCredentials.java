package net.genvoice.integration.inbound.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The partner id and secret of an {@code Authorization: Basic} header (RFC 7617, UTF-8). */
public record BasicCredentials(String partnerId, String secret) {

  /** Longer headers are refused unread: no credential of ours comes close. */
  static final int MAX_HEADER = 512;

  public static Optional<BasicCredentials> parse(String header) {
    if (header == null
        || header.length() > MAX_HEADER
        || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return "BasicCredentials[" + partnerId + ", secret hidden]";
  }
}
