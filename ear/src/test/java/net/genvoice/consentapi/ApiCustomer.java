package net.genvoice.consentapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import net.genvoice.systemtest.Http;

/**
 * A freshly signed-up customer who calls the API with their own bearer token (also used by the
 * disclosure API tests).
 */
public final class ApiCustomer {

  private static final String PASSWORD = "Amber-Falcon-Orchard-73";

  private final Http http = new Http();
  final String token;
  public final String id;
  final String email;

  private ApiCustomer(String token, String id, String email) {
    this.token = token;
    this.id = id;
    this.email = email;
  }

  public static ApiCustomer signedUp() {
    return signedUp("+1 415 555 0100");
  }

  /** A new customer with this phone number, e.g. one no other test customer has. */
  static ApiCustomer signedUp(String phone) {
    Http http = new Http();
    String email = "consent-" + UUID.randomUUID() + "@example.com";
    HttpResponse<String> created = http.postJson("/api/v1/customers", signUp(email, phone));
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> issued =
        http.postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build());
    assertEquals(200, issued.statusCode(), issued.body());
    return new ApiCustomer(
        Http.json(issued).getString("token"), Http.json(created).getString("id"), email);
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  public HttpResponse<String> post(String path, JsonObject body) {
    return send("POST", path, body);
  }

  /** The customer's bearer token, for a request with headers of its own. */
  String token() {
    return token;
  }

  public JsonArray array(String path) {
    return Http.jsonArray(get(path));
  }

  private HttpResponse<String> send(String method, String path, JsonObject body) {
    return http.withToken(token, method, path, body);
  }

  /** A new builder each time: adding a builder to another one empties it. */
  private static JsonObject address() {
    return Json.createObjectBuilder()
        .add("line1", "1 Main St")
        .add("city", "Springfield")
        .add("region", "IL")
        .add("postalCode", "62701")
        .add("country", "US")
        .build();
  }

  private static JsonObject signUp(String email, String phone) {
    return Json.createObjectBuilder()
        .add("name", "Ada Lovelace")
        .add("email", email)
        .add("phone", phone)
        .add("password", PASSWORD)
        .add("address", address())
        .add(
            "paymentMethod",
            Json.createObjectBuilder()
                .add("type", "card")
                .add("number", "4111 1111 1111 1111")
                .add("expiryMonth", 12)
                .add("expiryYear", 2031)
                .add("cvv", "123")
                .add("billingAddress", address()))
        .build();
  }
}
