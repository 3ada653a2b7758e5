package net.genvoice.integration.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the messaging providers are, how long a call to them may take, and their entries in the
 * recipient registry. By default the sandboxes beside the EAR; in production each provider's URL is
 * set ({@code genvoice.messaging.*.url}), and its registry id where it differs from the seed.
 */
@ApplicationScoped
public class MessagingSettings {

  @Inject
  @ConfigProperty(
      name = "genvoice.sandbox.base-url",
      defaultValue = "http://127.0.0.1:8080/sandbox")
  String sandboxBaseUrl;

  @Inject
  @ConfigProperty(name = "genvoice.messaging.dialer.url")
  Optional<String> dialerUrl;

  @Inject
  @ConfigProperty(name = "genvoice.messaging.mail-house.url")
  Optional<String> mailHouseUrl;

  @Inject
  @ConfigProperty(name = "genvoice.messaging.email.url")
  Optional<String> emailUrl;

  @Inject
  @ConfigProperty(name = "genvoice.messaging.timeout", defaultValue = "PT10S")
  String timeout;

  @Inject
  @ConfigProperty(name = "genvoice.messaging.dialer.recipient", defaultValue = "dialer")
  String dialerRecipient;

  @Inject
  @ConfigProperty(name = "genvoice.messaging.mail-house.recipient", defaultValue = "mail-house")
  String mailHouseRecipient;

  @Inject
  @ConfigProperty(name = "genvoice.messaging.email.recipient", defaultValue = "email-service")
  String emailRecipient;

  public String dialer() {
    return dialerUrl.orElse(sandboxBaseUrl + "/dialer/v1");
  }

  public String mailHouse() {
    return mailHouseUrl.orElse(sandboxBaseUrl + "/mail-house/v1");
  }

  public String email() {
    return emailUrl.orElse(sandboxBaseUrl + "/email/v1");
  }

  /** The dialer's entry in the recipient registry (P23; seeded by migration V75). */
  public String dialerRecipient() {
    return dialerRecipient;
  }

  public String mailHouseRecipient() {
    return mailHouseRecipient;
  }

  public String emailRecipient() {
    return emailRecipient;
  }

  public Duration timeout() {
    return Duration.parse(timeout);
  }
}
