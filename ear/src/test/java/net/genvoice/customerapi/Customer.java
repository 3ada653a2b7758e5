package net.genvoice.customerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import net.genvoice.systemtest.Http;

/**
 * A test customer: builds sign-up bodies with a unique email, and calls the API with its bearer
 * token.
 */
final class Customer {

  static final String PASSWORD = "Correct-Pelican-Harbour-42";

  final String email = "it-" + UUID.randomUUID() + "@example.com";
  private final Http http = new Http();
  private String token;

  static JsonObjectBuilder address() {
    return Json.createObjectBuilder()
        .add("line1", "1 Main St")
        .add("city", "Springfield")
        .add("region", "IL")
        .add("postalCode", "62701")
        .add("country", "US");
  }

  static JsonObjectBuilder card(String number, String cvv) {
    return Json.createObjectBuilder()
        .add("type", "card")
        .add("number", number)
        .add("expiryMonth", 12)
        .add("expiryYear", 2031)
        .add("cvv", cvv)
        .add("billingAddress", address());
  }

  JsonObjectBuilder signUp(JsonObjectBuilder paymentMethod) {
    return Json.createObjectBuilder()
        .add("name", "Ada Lovelace")
        .add("email", email)
        .add("phone", "+1 415 555 0100")
        .add("password", PASSWORD)
        .add("address", address())
        .add("paymentMethod", paymentMethod);
  }

  /** Signs up with a Visa test card and takes a token. */
  Customer signedUp() {
    HttpResponse<String> created =
        http.postJson("/api/v1/customers", signUp(card("4111 1111 1111 1111", "123")).build());
    assertEquals(201, created.statusCode(), created.body());
    return withToken();
  }

  Customer withToken() {
    HttpResponse<String> issued =
        http.postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build());
    assertEquals(200, issued.statusCode(), issued.body());
    token = Http.json(issued).getString("token");
    return this;
  }

  String token() {
    return token;
  }

  HttpResponse<String> call(String method, String path, JsonObject body) {
    return http.withToken(token, method, path, body);
  }

  HttpResponse<String> get(String path) {
    return call("GET", path, null);
  }

  HttpResponse<String> get(URI uri) {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .build());
  }
}
