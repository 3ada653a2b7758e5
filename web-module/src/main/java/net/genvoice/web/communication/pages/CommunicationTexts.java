package net.genvoice.web.communication.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import net.genvoice.communication.boundary.MessageView;

/** The words the pages use for channels, message types, outcomes and reasons. */
@Named
@ApplicationScoped
public class CommunicationTexts {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private static final Map<String, String> CHANNELS =
      Map.of(
          "telemarketing", "Marketing calls",
          "direct-mail", "Marketing letters",
          "email", "Marketing emails");

  private static final Map<String, String> TYPES =
      Map.of(
          "invoice-ready", "Invoice ready",
          "payment-problem", "Payment problem",
          "service-notice", "Service notice",
          "security-alert", "Security alert",
          "marketing", "Marketing");

  private static final String RELEASE_DENIED = "release-denied:";

  private static final Map<String, String> REASONS =
      Map.of(
          "consent-withdrawn", "you had stopped this channel",
          "consent-not-given", "you have not asked for marketing this way",
          "do-not-call", "the number is on GenVoice's do-not-call list",
          "national-registry", "the number is in the national do-not-call registry",
          "direct-mail-suppression", "the postal address receives no marketing letters",
          "account-closed", "the account was closed",
          "delivery-failed", "the provider could not deliver it",
          "undeliverable-address", "the postal address could not be delivered to");

  public String channel(String code) {
    return CHANNELS.getOrDefault(code, code);
  }

  public String type(String code) {
    return TYPES.getOrDefault(code, code);
  }

  /** The words for a reason; a denied release names the rule it broke (P23). */
  public String reason(String code) {
    if (code != null && code.startsWith(RELEASE_DENIED)) {
      return "GenVoice's rules did not allow your details to go to the company that sends these"
          + " messages ("
          + code.substring(RELEASE_DENIED.length())
          + ")";
    }
    return REASONS.getOrDefault(code, code);
  }

  /** "Sent", "Waiting to be sent", "Not sent: ..." or "Not delivered: ...". */
  public String outcome(MessageView message) {
    return switch (message.status()) {
      case "SENT" -> "Sent";
      case "PENDING" -> "Waiting to be sent";
      case "SUPPRESSED" -> "Not sent: " + reason(message.reason());
      default -> "Not delivered: " + reason(message.reason());
    };
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }
}
