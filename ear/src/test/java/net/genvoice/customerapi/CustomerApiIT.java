package net.genvoice.customerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import net.genvoice.systemtest.Http;
import org.junit.jupiter.api.Test;

/**
 * P01, P03, P27: the customer API end to end, through the real card gateway and provider sandbox.
 */
class CustomerApiIT {

  private final Http http = new Http();

  @Test
  void signUpThenReadOwnAccountWithMaskedCard() {
    Customer ada = new Customer();
    HttpResponse<String> created =
        http.postJson(
            "/api/v1/customers", ada.signUp(Customer.card("4111 1111 1111 1111", "123")).build());
    assertEquals(201, created.statusCode(), created.body());
    URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
    assertTrue(location.getPath().startsWith("/api/v1/customers/"), location.toString());
    assertFalse(created.body().contains("4111111111111111"), created.body());

    ada.withToken();
    JsonObject me = Http.json(ada.get("/api/v1/me"));
    assertEquals(ada.email, me.getString("email"));
    assertEquals("+14155550100", me.getString("phone"), "phone normalised to E.164");
    JsonObject card = me.getJsonArray("paymentMethods").getJsonObject(0);
    assertEquals("Visa", card.getString("brand"));
    assertEquals("1111", card.getString("last4"));
    assertFalse(card.containsKey("number"));
    assertFalse(card.containsKey("cvv"));
    assertEquals(200, ada.get(location).statusCode());

    Customer other = new Customer().signedUp();
    assertEquals(403, other.get(location).statusCode(), "a customer reads only their own account");
  }

  @Test
  void withoutATokenTheAccountIsClosedToCallers() {
    HttpResponse<String> response = http.get("/api/v1/me");
    assertEquals(401, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertEquals("unauthenticated", Http.json(response).getString("code"));
  }

  @Test
  void revokedTokenNoLongerWorks() {
    Customer ada = new Customer().signedUp();
    assertEquals(200, ada.get("/api/v1/me").statusCode());
    assertEquals(204, ada.call("DELETE", "/api/v1/auth/token", null).statusCode());
    assertEquals(401, ada.get("/api/v1/me").statusCode());
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    Customer ada = new Customer().signedUp();
    HttpResponse<String> wrong =
        http.postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder()
                .add("email", ada.email)
                .add("password", "not-it-at-all-1")
                .build());
    HttpResponse<String> unknown =
        http.postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder()
                .add("email", "nobody-" + ada.email)
                .add("password", "not-it-at-all-1")
                .build());
    assertEquals(401, wrong.statusCode());
    assertEquals(wrong.statusCode(), unknown.statusCode());
    assertEquals(Http.json(wrong).getString("detail"), Http.json(unknown).getString("detail"));
  }

  @Test
  void correctProfileAndEmailChangeNeedsThePassword() {
    Customer ada = new Customer().signedUp();
    HttpResponse<String> renamed =
        ada.call("PATCH", "/api/v1/me", Json.createObjectBuilder().add("name", "Ada King").build());
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals("Ada King", Http.json(renamed).getString("name"));

    String newEmail = "new-" + ada.email;
    HttpResponse<String> refused =
        ada.call("PATCH", "/api/v1/me", Json.createObjectBuilder().add("email", newEmail).build());
    assertEquals(400, refused.statusCode());
    assertEquals(
        "currentPassword",
        Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(ada.email, Http.json(ada.get("/api/v1/me")).getString("email"), "nothing written");

    HttpResponse<String> changed =
        ada.call(
            "PATCH",
            "/api/v1/me",
            Json.createObjectBuilder()
                .add("email", newEmail)
                .add("currentPassword", Customer.PASSWORD)
                .build());
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(newEmail, Http.json(changed).getString("email"));
  }

  @Test
  void paymentMethodsCanBeAddedMadeDefaultAndRemovedButNotTheLast() {
    Customer ada = new Customer().signedUp();
    String cardId =
        Http.json(ada.get("/api/v1/me"))
            .getJsonArray("paymentMethods")
            .getJsonObject(0)
            .getString("id");
    assertEquals(
        400,
        ada.call("DELETE", "/api/v1/me/payment-methods/" + cardId, null).statusCode(),
        "the only payment method cannot be removed");

    HttpResponse<String> added =
        ada.call(
            "POST",
            "/api/v1/me/payment-methods",
            Json.createObjectBuilder()
                .add("type", "paypal")
                .add("email", "ada.pays@example.com")
                .build());
    assertEquals(201, added.statusCode(), added.body());
    JsonObject paypal = Http.json(added);
    assertEquals(
        "a***@example.com", paypal.getString("paypalEmail"), "PayPal account shown masked");

    HttpResponse<String> chosen =
        ada.call("PUT", "/api/v1/me/payment-methods/" + paypal.getString("id") + "/default", null);
    assertEquals(200, chosen.statusCode(), chosen.body());
    assertEquals(
        204, ada.call("DELETE", "/api/v1/me/payment-methods/" + cardId, null).statusCode());
    assertEquals(1, Http.json(ada.get("/api/v1/me")).getJsonArray("paymentMethods").size());
  }

  @Test
  void seatHolderHasOwnLoginUntilTheSeatIsRemoved() {
    Customer payer = new Customer().signedUp();
    Customer seat = new Customer();
    HttpResponse<String> added =
        payer.call(
            "POST",
            "/api/v1/me/seats",
            Json.createObjectBuilder()
                .add("name", "Grace Hopper")
                .add("email", seat.email)
                .add("phone", "+1 415 555 0101")
                .add("password", Customer.PASSWORD)
                .build());
    assertEquals(201, added.statusCode(), added.body());
    String seatId = Http.json(added).getString("customerId");
    assertEquals(1, Http.jsonArray(payer.get("/api/v1/me/seats")).size());

    seat.withToken();
    JsonObject seatProfile = Http.json(seat.get("/api/v1/me"));
    assertEquals(
        Http.json(payer.get("/api/v1/me")).getString("id"), seatProfile.getString("payerId"));

    assertEquals(204, payer.call("DELETE", "/api/v1/me/seats/" + seatId, null).statusCode());
    assertEquals(401, seat.get("/api/v1/me").statusCode(), "a removed seat's tokens are revoked");
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    HttpResponse<String> document = http.get("/openapi");
    assertEquals(200, document.statusCode());
    for (String path :
        new String[] {
          "/api/v1/customers", "/api/v1/auth/token", "/api/v1/me", "/api/v1/me/seats"
        }) {
      assertTrue(
          document.body().contains(path + ":") || document.body().contains("\"" + path + "\""),
          "OpenAPI lacks " + path);
    }
    assertTrue(document.body().contains("GenVoice API"), "the EAR's own title, not a merged one");
    assertTrue(!document.body().contains("/card-provider"), "sandboxes are not GenVoice's API");
  }
}
