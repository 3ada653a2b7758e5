package net.genvoice.usage.boundary;

import java.util.UUID;
import java.util.regex.Pattern;
import net.genvoice.consent.control.SourceAddresses;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.customer.control.CardLikeNumbers;
import net.genvoice.identity.control.Secrets;
import net.genvoice.usage.control.UserAgents;
import net.genvoice.usage.control.Weeks;

/**
 * P04, P06: keeps of a request only what the visitor's consent allows. Without analytics consent
 * nothing that outlives the session is kept (no device id, no analytics cookie id, the address
 * truncated to its /24 or /48); without personalisation consent the event names no customer. The
 * session id is kept only as a digest, which links the requests of one session and no more.
 */
final class UsageRows {

  private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern VISITOR_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  private UsageRows() {}

  static UsageRow minimised(UsageCommand command, CookieChoice choice) {
    boolean analytics = choice.allows(CookieCategory.ANALYTICS);
    boolean personalisation = choice.allows(CookieCategory.PERSONALISATION);
    UserAgents.Device device = UserAgents.of(command.userAgent());
    return new UsageRow(
        UUID.randomUUID().toString(),
        command.occurredAt(),
        Weeks.startOf(command.occurredAt()),
        command.feature().code(),
        analytics ? literalAddress(command.ipAddress()) : truncated(command.ipAddress()),
        analytics ? deviceId(command.deviceId()) : null,
        analytics ? matching(VISITOR_ID, command.visitorId()) : null,
        command.sessionId() == null
            ? null
            : Secrets.sha256("session:" + command.sessionId()).substring(0, 32),
        device.browser(),
        device.deviceType(),
        personalisation ? command.customerId() : null);
  }

  /** A device id the client sent: kept only when well-formed and nothing like a card number. */
  static String deviceId(String sent) {
    String id = matching(DEVICE_ID, sent);
    return id == null || CardLikeNumbers.containsCardLike(id) ? null : id;
  }

  private static String literalAddress(String address) {
    return address != null
            && address.length() <= 45
            && SourceAddresses.truncate(address).isPresent()
        ? address
        : null;
  }

  private static String truncated(String address) {
    return SourceAddresses.truncate(address).orElse(null);
  }

  private static String matching(Pattern pattern, String value) {
    return value != null && pattern.matcher(value).matches() ? value : null;
  }
}
