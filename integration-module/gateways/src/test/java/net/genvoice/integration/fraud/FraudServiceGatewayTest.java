package net.genvoice.integration.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.fraud.control.FraudAssessment;
import net.genvoice.fraud.control.ScreeningSubject;
import net.genvoice.integration.partner.TestReleases;
import org.junit.jupiter.api.Test;

class FraudServiceGatewayTest {

  private final List<JsonObject> sent = new ArrayList<>();
  private final FraudServiceGateway gateway = new FraudServiceGateway();

  {
    gateway.recipientId = "fraud-service";
    gateway.client =
        new FraudServiceClient() {
          @Override
          public JsonObject post(String path, JsonObject body, String idempotencyKey) {
            sent.add(body);
            return Json.createObjectBuilder()
                .add("screeningId", "scr_1")
                .add("score", 12)
                .add("recommendation", "accept")
                .add("reasons", Json.createArrayBuilder().add("no-device-data"))
                .build();
          }
        };
  }

  @Test
  void screensWithOnlyTheReleasedFieldsAndReadsScoreAndReasons() {
    FraudAssessment assessment =
        gateway.screen(
            TestReleases.released(
                "fraud-service",
                Purpose.PREVENT_FRAUD,
                Set.of(DisclosableField.CUSTOMER_EMAIL, DisclosableField.SESSION_IP_ADDRESS)),
            ScreeningSubject.SIGN_UP);

    assertEquals(Set.of("email", "ipAddress", "subject"), sent.get(0).keySet());
    assertEquals("sign-up", sent.get(0).getString("subject"));
    assertEquals(12, assessment.score());
    assertEquals(FraudAssessment.Recommendation.ACCEPT, assessment.recommendation());
    assertEquals(List.of("no-device-data"), assessment.reasons());
  }

  @Test
  void refusesAFieldAScreeningMayNotCarry() {
    assertThrows(
        IllegalStateException.class,
        () ->
            gateway.screen(
                TestReleases.released(
                    "fraud-service", Purpose.PREVENT_FRAUD, Set.of(DisclosableField.CARD_NUMBER)),
                ScreeningSubject.PAYMENT_METHOD));
    assertEquals(List.of(), sent);
  }
}
