package net.genvoice.integration.payment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.genvoice.integration.partner.JsonPartner;
import net.genvoice.integration.partner.PartnerAddress;
import net.genvoice.integration.partner.PartnerRefusedException;
import net.genvoice.integration.partner.PartnerUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The PayPal-style provider's API under fault tolerance, like {@code CardProviderClient}: read
 * timeout {@code genvoice.payment.paypal.timeout}, up to two retries of an unavailable partner with
 * the caller's one idempotency key, a circuit breaker of its own; a refusal is final.
 */
@ApplicationScoped
public class PayPalClient {

  @Inject
  @ConfigProperty(
      name = "genvoice.sandbox.base-url",
      defaultValue = "http://127.0.0.1:8080/sandbox")
  String sandboxBaseUrl;

  @Inject
  @ConfigProperty(name = "genvoice.payment.paypal.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "genvoice.payment.paypal.timeout", defaultValue = "PT10S")
  String timeout;

  private JsonPartner partner;

  @PostConstruct
  void open() {
    partner =
        JsonPartner.open(
            PartnerAddress.of(url, sandboxBaseUrl, "/paypal/v1"), Duration.parse(timeout));
  }

  @PreDestroy
  void close() {
    partner.close();
  }

  @Retry(
      maxRetries = 2,
      delay = 200,
      jitter = 100,
      retryOn = PartnerUnavailableException.class,
      abortOn = PartnerRefusedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.8,
      delay = 5,
      delayUnit = ChronoUnit.SECONDS,
      failOn = PartnerUnavailableException.class,
      skipOn = PartnerRefusedException.class)
  @Timeout(value = 60, unit = ChronoUnit.SECONDS)
  public JsonObject post(String path, JsonObject body, String idempotencyKey) {
    return partner.post(path, body, idempotencyKey);
  }
}
