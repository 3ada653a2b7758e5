package net.genvoice.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An HTTP client for the system under test, with helpers for JSON. Every request has a timeout, so
 * a hanging server fails a test instead of hanging the build.
 */
public final class Http {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** GET a path of the system under test. */
  public HttpResponse<String> get(String path) {
    return send(request(SystemUnderTest.uri(path)).GET().build());
  }

  /** GET an absolute URI (for servers other than the one the build started). */
  public HttpResponse<String> get(URI uri) {
    return send(request(uri).GET().build());
  }

  public HttpResponse<String> postJson(String path, JsonStructure body) {
    return send(
        request(SystemUnderTest.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  public HttpResponse<String> putJson(String path, JsonStructure body) {
    return send(
        request(SystemUnderTest.uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** The body of a response as a JSON object; fails with the body in the message if it is not. */
  public static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError(
          "Expected a JSON object from " + response.uri() + " but got: " + response.body(), e);
    }
  }

  /** A request on behalf of a bearer-token holder; {@code body} may be null. */
  public HttpResponse<String> withToken(
      String token, String method, String path, JsonStructure body) {
    HttpRequest.Builder request =
        request(SystemUnderTest.uri(path)).header("Authorization", "Bearer " + token);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return send(request.build());
  }

  /** The body of a 200 response as a JSON array; fails with the body in the message otherwise. */
  public static JsonArray jsonArray(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "Expected 200 from "
              + response.uri()
              + " but got "
              + response.statusCode()
              + ": "
              + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    } catch (RuntimeException e) {
      throw new AssertionError(
          "Expected a JSON array from " + response.uri() + " but got: " + response.body(), e);
    }
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + request.uri(), e);
    }
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
  }
}
