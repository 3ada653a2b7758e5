package net.genvoice.integration.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the messaging providers are and how long a call to them may take. By default the sandboxes
 * beside the EAR; in production each provider's URL is set ({@code genvoice.messaging.*.url}).
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

  public String dialer() {
    return dialerUrl.orElse(sandboxBaseUrl + "/dialer/v1");
  }

  public String mailHouse() {
    return mailHouseUrl.orElse(sandboxBaseUrl + "/mail-house/v1");
  }

  public String email() {
    return emailUrl.orElse(sandboxBaseUrl + "/email/v1");
  }

  public Duration timeout() {
    return Duration.parse(timeout);
  }
}
