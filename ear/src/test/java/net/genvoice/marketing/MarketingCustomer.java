package net.genvoice.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import net.genvoice.systemtest.Http;

/**
 * A customer signed up over the API with a phone number and a postal address of their own (so a
 * do-not-call entry or a suppression touches no other test's customer), calling with their token.
 */
final class MarketingCustomer {

  static final String PASSWORD = "Amber-Falcon-Orchard-73";

  private final Http http = new Http();
  private final String token;
  final String id;
  final String phone;
  final String email;
  final String line1;

  private MarketingCustomer(String token, String id, String phone, String email, String line1) {
    this.token = token;
    this.id = id;
    this.phone = phone;
    this.email = email;
    this.line1 = line1;
  }

  /** A valid North American number in E.164 that no other test uses: +1 628 NXX XXXX. */
  static String uniquePhone() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "+1628" + random.nextInt(2, 10) + String.format("%06d", random.nextInt(1_000_000));
  }

  static MarketingCustomer signedUp() {
    Http http = new Http();
    String phone = uniquePhone();
    String email = "marketing-" + UUID.randomUUID() + "@example.com";
    String line1 = ThreadLocalRandom.current().nextInt(1, 1_000_000) + " Mission Street";
    HttpResponse<String> created = http.postJson("/api/v1/customers", signUp(email, phone, line1));
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> issued =
        http.postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build());
    assertEquals(200, issued.statusCode(), issued.body());
    return new MarketingCustomer(
        Http.json(issued).getString("token"),
        Http.json(created).getString("id"),
        phone,
        email,
        line1);
  }

  HttpResponse<String> send(String method, String path, JsonObject body) {
    return http.withToken(token, method, path, body);
  }

  JsonArray messages() {
    return Http.jsonArray(send("GET", "/api/v1/me/communications/messages", null));
  }

  /** The customer's message of a campaign, as their own log shows it. */
  JsonObject messageOf(String campaignId) {
    return messages().stream()
        .map(JsonObject.class::cast)
        .filter(message -> campaignId.equals(message.getString("campaignId", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no message of campaign " + campaignId));
  }

  String token() {
    return token;
  }

  /** A new builder each time: adding a builder to another one empties it. */
  private static JsonObject address(String line1) {
    return Json.createObjectBuilder()
        .add("line1", line1)
        .add("city", "San Francisco")
        .add("region", "CA")
        .add("postalCode", "94103")
        .add("country", "US")
        .build();
  }

  private static JsonObject signUp(String email, String phone, String line1) {
    return Json.createObjectBuilder()
        .add("name", "Grace Hopper")
        .add("email", email)
        .add("phone", phone)
        .add("password", PASSWORD)
        .add("address", address(line1))
        .add(
            "paymentMethod",
            Json.createObjectBuilder()
                .add("type", "card")
                .add("number", "4111 1111 1111 1111")
                .add("expiryMonth", 12)
                .add("expiryYear", 2031)
                .add("cvv", "123")
                .add("billingAddress", address(line1)))
        .build();
  }
}
