package net.genvoice.integration.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import org.junit.jupiter.api.Test;

class JsonPayloadTest {

  private final JsonPayload payload =
      JsonPayload.naming(
          Map.of(
              DisclosableField.CUSTOMER_EMAIL, "email",
              DisclosableField.CUSTOMER_PHONE, "phone"));

  @Test
  void carriesExactlyTheReleasedFieldsUnderThePartnersNames() {
    JsonObject body =
        payload
            .of(
                TestReleases.released(
                    "fraud-service",
                    Purpose.PREVENT_FRAUD,
                    Set.of(DisclosableField.CUSTOMER_EMAIL)))
            .build();

    assertEquals(Set.of("email"), body.keySet(), "the phone was not released");
    assertEquals("ada@example.com", body.getString("email"));
  }

  @Test
  void refusesAReleasedFieldThePartnerCannotReceive() {
    assertThrows(
        IllegalStateException.class,
        () ->
            payload.of(
                TestReleases.released(
                    "fraud-service",
                    Purpose.PREVENT_FRAUD,
                    Set.of(DisclosableField.CUSTOMER_EMAIL, DisclosableField.CUSTOMER_NAME))));
  }
}
