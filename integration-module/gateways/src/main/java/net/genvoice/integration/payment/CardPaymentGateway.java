package net.genvoice.integration.payment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import net.genvoice.payment.control.CardDeclinedException;
import net.genvoice.payment.control.CardDetails;
import net.genvoice.payment.control.CardToken;
import net.genvoice.payment.control.PaymentGateway;
import net.genvoice.platform.error.ProviderUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls the card provider's tokenisation API ({@code genvoice.payment.card.url}; by default the
 * sandbox in the same server). Every call has a connect and a read timeout. Nothing of the card is
 * logged but its last four.
 */
@Stateless
public class CardPaymentGateway implements PaymentGateway {

  private static final Logger LOG = Logger.getLogger(CardPaymentGateway.class.getName());
  private static final String PROVIDER = "card payment provider";

  @Inject
  @ConfigProperty(
      name = "genvoice.sandbox.base-url",
      defaultValue = "http://127.0.0.1:8080/sandbox")
  String sandboxBaseUrl;

  @Inject
  @ConfigProperty(name = "genvoice.payment.card.url")
  Optional<String> providerUrl;

  @Inject
  @ConfigProperty(name = "genvoice.payment.card.timeout", defaultValue = "PT10S")
  String timeout;

  private Client client;

  @PostConstruct
  void open() {
    long millis = Duration.parse(timeout).toMillis();
    client =
        ClientBuilder.newBuilder()
            .connectTimeout(Math.min(millis, 5_000), TimeUnit.MILLISECONDS)
            .readTimeout(millis, TimeUnit.MILLISECONDS)
            .build();
  }

  @PreDestroy
  void close() {
    client.close();
  }

  @Override
  public CardToken tokenize(CardDetails card) {
    String base = providerUrl.orElse(sandboxBaseUrl + "/card-provider/v1");
    Map<String, Object> body =
        Map.of(
            "number", card.number(),
            "expiryMonth", card.expiryMonth(),
            "expiryYear", card.expiryYear(),
            "cvv", card.cvv(),
            "holderName", card.holderName());
    try (Response response =
        client
            .target(base)
            .path("tokens")
            .request(MediaType.APPLICATION_JSON)
            .post(Entity.json(body))) {
      if (response.getStatus() == 201 || response.getStatus() == 200) {
        JsonObject json = response.readEntity(JsonObject.class);
        return new CardToken(json.getString("token"), json.getString("last4"));
      }
      if (response.getStatus() == 402 || response.getStatus() == 422) {
        throw new CardDeclinedException("the provider refused it");
      }
      LOG.warning(() -> "Card tokenisation answered HTTP " + response.getStatus() + " for " + card);
      throw new ProviderUnavailableException(PROVIDER);
    } catch (ProcessingException e) {
      LOG.warning(
          () -> "Card tokenisation failed for " + card + ": " + e.getClass().getSimpleName());
      throw new ProviderUnavailableException(PROVIDER);
    }
  }
}
