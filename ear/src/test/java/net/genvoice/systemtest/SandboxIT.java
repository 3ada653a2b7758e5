package net.genvoice.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The card provider's sandbox, over the provider's own HTTP/JSON protocol. */
class SandboxIT {

  private static final String TOKENS = "/sandbox/card-provider/v1/tokens";
  private static final String APPROVED_CARD = "4111111111111111";
  private static final String DECLINED_CARD = "4000000000000002";

  private final Http http = new Http();

  @BeforeEach
  void approving() {
    var response =
        http.putJson(
            "/sandbox/card-provider/v1/sandbox/behaviour",
            Json.createObjectBuilder().add("mode", "approve").build());
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void tokenizesAnApprovedCard() throws Exception {
    var response = http.postJson(TOKENS, card(APPROVED_CARD));

    assertEquals(201, response.statusCode(), response.body());
    JsonObject token = Http.json(response);
    assertTrue(token.getString("token").matches("tok_[0-9a-f]{32}"), response.body());
    assertEquals("1111", token.getString("last4"));
    assertFalse(response.body().contains(APPROVED_CARD), "the answer echoes the card number");
    assertFalse(ServerLog.text().contains(APPROVED_CARD), "the card number is in the server log");
    assertEquals(
        List.of(), Database.cellsContaining(APPROVED_CARD), "the card number is in the database");
  }

  @Test
  void declinesACardEndingIn0002() {
    var response = http.postJson(TOKENS, card(DECLINED_CARD));

    assertEquals(402, response.statusCode(), response.body());
    assertEquals("card_declined", Http.json(response).getString("error"));
    assertFalse(response.body().contains(DECLINED_CARD), "the answer echoes the card number");
  }

  @Test
  void rejectsARequestWithoutCvv() {
    var response =
        http.postJson(TOKENS, Json.createObjectBuilder().add("number", APPROVED_CARD).build());

    assertEquals(400, response.statusCode(), response.body());
    assertEquals("number and cvv are required", Http.json(response).getString("error"));
  }

  private static JsonObject card(String number) {
    return Json.createObjectBuilder()
        .add("number", number)
        .add("expiryMonth", 12)
        .add("expiryYear", 2030)
        .add("cvv", "123")
        .add("holderName", "Sandbox Tester")
        .build();
  }
}
