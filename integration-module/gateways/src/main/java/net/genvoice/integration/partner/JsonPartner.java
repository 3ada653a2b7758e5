package net.genvoice.integration.partner;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One partner's HTTP/JSON API: a base URL and a JAX-RS client whose every call has a connect and a
 * read timeout. {@link #post} sends the idempotency key as the {@code Idempotency-Key} header and
 * classifies the answer: 2xx is the answer, other 4xx a refusal, 5xx, 429 and no answer in time
 * unavailability.
 */
public final class JsonPartner implements AutoCloseable {

  private final String baseUrl;
  private final Client client;

  private JsonPartner(String baseUrl, Client client) {
    this.baseUrl = baseUrl;
    this.client = client;
  }

  public static JsonPartner open(String baseUrl, Duration timeout) {
    long millis = timeout.toMillis();
    return new JsonPartner(
        baseUrl,
        ClientBuilder.newBuilder()
            .connectTimeout(Math.min(millis, 5_000), TimeUnit.MILLISECONDS)
            .readTimeout(millis, TimeUnit.MILLISECONDS)
            .build());
  }

  public JsonObject post(String path, JsonObject body, String idempotencyKey) {
    try (Response response =
        client
            .target(baseUrl)
            .path(path)
            .request(MediaType.APPLICATION_JSON)
            .header("Idempotency-Key", idempotencyKey)
            .post(Entity.json(body.toString()))) {
      int status = response.getStatus();
      if (status >= 200 && status < 300) {
        return response.readEntity(JsonObject.class);
      }
      if (status >= 500 || status == 429) {
        throw new PartnerUnavailableException(path + " answered HTTP " + status);
      }
      throw new PartnerRefusedException(status, errorOf(response));
    } catch (ProcessingException e) {
      throw new PartnerUnavailableException(
          path + ": " + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
    }
  }

  public String baseUrl() {
    return baseUrl;
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
