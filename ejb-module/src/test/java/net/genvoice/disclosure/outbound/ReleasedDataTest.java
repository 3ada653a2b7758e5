package net.genvoice.disclosure.outbound;

import static net.genvoice.disclosure.entity.DisclosableField.CARD_CVV;
import static net.genvoice.disclosure.entity.DisclosableField.CARD_NUMBER;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_EMAIL;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_NAME;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.entity.Purpose;
import org.junit.jupiter.api.Test;

class ReleasedDataTest {

  private static final Map<net.genvoice.disclosure.entity.DisclosableField, String> AVAILABLE =
      Map.of(
          CUSTOMER_NAME, "Ada Lovelace",
          CUSTOMER_EMAIL, "ada@example.com",
          CUSTOMER_PHONE, "+14155550100",
          CARD_NUMBER, "4111111111111111",
          CARD_CVV, "123");

  @Test
  void keepsOnlyTheReleasedFieldsOfWhatIsAvailable() {
    ReleasedData data =
        ReleasedData.of(
            Releases.permitted("fraud-service", Purpose.PREVENT_FRAUD, Set.of(CUSTOMER_EMAIL)),
            AVAILABLE);

    assertEquals(Set.of(CUSTOMER_EMAIL), data.fields());
    assertEquals("ada@example.com", data.value(CUSTOMER_EMAIL));
    assertThrows(IllegalStateException.class, () -> data.value(CUSTOMER_NAME));
    assertThrows(IllegalStateException.class, () -> data.value(CARD_NUMBER));
  }

  @Test
  void aDeniedReleaseCarriesNothing() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReleasedData.of(
                Releases.denied(
                    "credit-agency", Purpose.CREDIT_INQUIRY, "no-open-credit-application"),
                AVAILABLE));
  }

  @Test
  void everyReleasedFieldNeedsItsValueSoTheLedgerRecordsWhatIsSent() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReleasedData.of(
                Releases.permitted(
                    "fraud-service",
                    Purpose.PREVENT_FRAUD,
                    Set.of(net.genvoice.disclosure.entity.DisclosableField.SESSION_IP_ADDRESS)),
                AVAILABLE));
  }

  @Test
  void theBackstopRefusesAnotherRecipientPurposeMissingOrExtraFields() {
    ReleasedData data =
        ReleasedData.of(
            Releases.permitted(
                "card-provider", Purpose.VERIFY_PAYMENT_METHOD, Set.of(CARD_NUMBER, CARD_CVV)),
            AVAILABLE);

    data.requireFor(
        "card-provider", Purpose.VERIFY_PAYMENT_METHOD, Set.of(CARD_NUMBER), Set.of(CARD_CVV));
    assertThrows(
        IllegalStateException.class,
        () ->
            data.requireFor(
                "paypal", Purpose.VERIFY_PAYMENT_METHOD, Set.of(CARD_NUMBER), Set.of(CARD_CVV)));
    assertThrows(
        IllegalStateException.class,
        () ->
            data.requireFor(
                "card-provider", Purpose.PROCESS_PAYMENT, Set.of(CARD_NUMBER), Set.of(CARD_CVV)));
    assertThrows(
        IllegalStateException.class,
        () ->
            data.requireFor(
                "card-provider", Purpose.VERIFY_PAYMENT_METHOD, Set.of(CARD_NUMBER), Set.of()));
    assertThrows(
        IllegalStateException.class,
        () ->
            data.requireFor(
                "card-provider",
                Purpose.VERIFY_PAYMENT_METHOD,
                Set.of(CARD_NUMBER, CARD_CVV, CUSTOMER_NAME),
                Set.of()));
  }

  @Test
  void itsTextNamesFieldsNeverValues() {
    ReleasedData data =
        ReleasedData.of(
            Releases.permitted(
                "card-provider", Purpose.VERIFY_PAYMENT_METHOD, Set.of(CARD_NUMBER, CARD_CVV)),
            AVAILABLE);

    assertFalse(data.toString().contains("4111111111111111"), data.toString());
    assertFalse(data.toString().contains("123]"), data.toString());
  }
}
