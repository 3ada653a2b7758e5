package net.genvoice.partnerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import net.genvoice.systemtest.Http;

/** A freshly signed-up customer with a phone number of their own, as partners ask about them. */
record PartnerCustomer(String id, String name, String email, String phone) {

  static PartnerCustomer signedUp() {
    String email = "partner-" + UUID.randomUUID() + "@example.com";
    String phone = "+1415" + (2000000 + ThreadLocalRandom.current().nextInt(7000000));
    JsonObject address =
        Json.createObjectBuilder()
            .add("line1", "1 Main St")
            .add("city", "Springfield")
            .add("region", "IL")
            .add("postalCode", "62701")
            .add("country", "US")
            .build();
    JsonObject signUp =
        Json.createObjectBuilder()
            .add("name", "Grace Hopper")
            .add("email", email)
            .add("phone", phone)
            .add("password", "Amber-Falcon-Orchard-73")
            .add("address", address)
            .add(
                "paymentMethod",
                Json.createObjectBuilder().add("type", "paypal").add("email", email))
            .build();
    HttpResponse<String> created = new Http().postJson("/api/v1/customers", signUp);
    assertEquals(201, created.statusCode(), created.body());
    return new PartnerCustomer(Http.json(created).getString("id"), "Grace Hopper", email, phone);
  }
}
