package net.genvoice.integration.messaging;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import net.genvoice.communication.control.DeliveryOutcome;

/**
 * Posts one message to a messaging provider and reads its answer as a {@link DeliveryOutcome}: 2xx
 * with an {@code id} is delivered, 422 (or another 4xx) rejected, anything else, a time-out or a
 * refused connection failed. Logs the message reference and the status, never the destination.
 */
final class ProviderClient implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ProviderClient.class.getName());

  private final Client client;
  private final String provider;

  ProviderClient(String provider, Duration timeout) {
    this.provider = provider;
    long millis = timeout.toMillis();
    this.client =
        ClientBuilder.newBuilder()
            .connectTimeout(Math.min(millis, 5_000), TimeUnit.MILLISECONDS)
            .readTimeout(millis, TimeUnit.MILLISECONDS)
            .build();
  }

  DeliveryOutcome post(String baseUrl, String path, String reference, Map<String, Object> body) {
    try (Response response =
        client
            .target(baseUrl)
            .path(path)
            .request(MediaType.APPLICATION_JSON)
            .post(Entity.json(body))) {
      int status = response.getStatus();
      if (status >= 200 && status < 300) {
        String id = response.readEntity(JsonObject.class).getString("id", null);
        return id == null
            ? failed(reference, "answered " + status + " without an id")
            : DeliveryOutcome.delivered(id);
      }
      if (status >= 400 && status < 500 && status != 408 && status != 429) {
        String error = errorOf(response);
        LOG.info(() -> provider + " refused message " + reference + ": " + status + " " + error);
        return DeliveryOutcome.rejected(provider + ": " + error);
      }
      return failed(reference, "answered HTTP " + status);
    } catch (ProcessingException e) {
      return failed(reference, e.getClass().getSimpleName());
    }
  }

  private DeliveryOutcome failed(String reference, String detail) {
    LOG.warning(() -> provider + " did not take message " + reference + ": " + detail);
    return DeliveryOutcome.failed(provider + " " + detail);
  }

  private static String errorOf(Response response) {
    try {
      return response.readEntity(JsonObject.class).getString("error", "refused");
    } catch (RuntimeException e) {
      return "refused";
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
