package net.genvoice.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;
import net.genvoice.systemtest.Http;

/** A customer signed up through the real API, whose card went to the card sandbox. */
final class PartnerCustomer {

  static final String PASSWORD = "Saffron-Kestrel-Ledger-39";
  static final String CARD = "4242424242424242";

  private final Http http = new Http();
  final String id;
  private final String token;

  private PartnerCustomer(String id, String token) {
    this.id = id;
    this.token = token;
  }

  static PartnerCustomer withCard() {
    return signedUp(card(CARD));
  }

  static PartnerCustomer signedUp(JsonObjectBuilder paymentMethod) {
    return signedUp("partners-" + UUID.randomUUID() + "@example.com", paymentMethod);
  }

  static PartnerCustomer signedUp(String email, JsonObjectBuilder paymentMethod) {
    Http http = new Http();
    HttpResponse<String> created = http.postJson("/api/v1/customers", signUp(email, paymentMethod));
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> issued =
        http.postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build());
    assertEquals(200, issued.statusCode(), issued.body());
    return new PartnerCustomer(
        Http.json(created).getString("id"), Http.json(issued).getString("token"));
  }

  HttpResponse<String> get(String path) {
    return http.withToken(token, "GET", path, null);
  }

  HttpResponse<String> post(String path, JsonObject body) {
    return http.withToken(token, "POST", path, body);
  }

  static JsonObjectBuilder card(String number) {
    return Json.createObjectBuilder()
        .add("type", "card")
        .add("number", number)
        .add("expiryMonth", 12)
        .add("expiryYear", 2031)
        .add("cvv", "123")
        .add("billingAddress", address());
  }

  static JsonObject signUp(String email, JsonObjectBuilder paymentMethod) {
    return Json.createObjectBuilder()
        .add("name", "Ada Lovelace")
        .add("email", email)
        .add("phone", "+1 415 555 0100")
        .add("password", PASSWORD)
        .add("address", address())
        .add("paymentMethod", paymentMethod)
        .build();
  }

  private static JsonObjectBuilder address() {
    return Json.createObjectBuilder()
        .add("line1", "1 Main St")
        .add("city", "Springfield")
        .add("region", "IL")
        .add("postalCode", "62701")
        .add("country", "US");
  }
}
