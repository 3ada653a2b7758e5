package net.genvoice.web.consent.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import net.genvoice.consent.boundary.ConsentEventView;
import net.genvoice.consent.boundary.ConsentView;

/** The words the consent pages use for purposes, channels and a consent's recipient. */
@Named
@ApplicationScoped
public class ConsentLabels {

  private static final Map<String, String> PURPOSES =
      Map.of(
          "marketing.telemarketing", "Marketing calls",
          "marketing.direct-mail", "Marketing letters",
          "marketing.email", "Marketing emails",
          "third-party.marketing", "Your details to other companies for their own marketing",
          "disclosure", "Disclosure to a named recipient",
          "survey.participation", "Surveys",
          "cookies.analytics", "Analytics cookies",
          "cookies.personalisation", "Personalisation cookies",
          "cookies.beacons", "Web beacons");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** A moment as the pages show it, in UTC. */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  public String purpose(String code) {
    return PURPOSES.getOrDefault(code, code);
  }

  /** The purpose with, for a disclosure, its recipient and scope. */
  public String of(ConsentView consent) {
    return consent.recipient() == null
        ? purpose(consent.purpose())
        : "Disclosure to " + consent.recipient() + " for " + consent.scope();
  }

  public String of(ConsentEventView event) {
    return event.recipient() == null
        ? purpose(event.purpose())
        : "Disclosure to " + event.recipient() + " for " + event.scope();
  }

  /** The id of a consent's row: {@code consent-marketing-email}; a disclosure by its event. */
  public String rowId(ConsentView consent) {
    String purpose = consent.purpose().replace('.', '-');
    return consent.recipient() == null
        ? "consent-" + purpose
        : "consent-" + purpose + "-" + consent.eventId();
  }

  /** How the event reached GenVoice, with its evidence reference. */
  public String channel(ConsentEventView event) {
    return switch (event.channel()) {
      case "WEB" -> "On the web";
      case "VERBAL" -> "Verbal, on call " + event.callReference() + ", recorded by a support agent";
      case "WRITTEN" ->
          "Written, signed document " + event.documentReference() + ", recorded by a support agent";
      case "BROWSER_SIGNAL" -> "Browser privacy signal";
      default -> event.channel();
    };
  }
}
