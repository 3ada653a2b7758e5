package net.genvoice.integration.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.integration.partner.PartnerRefusedException;
import net.genvoice.integration.partner.PartnerUnavailableException;
import net.genvoice.integration.partner.TestReleases;
import net.genvoice.payment.control.CardDeclinedException;
import net.genvoice.payment.control.CardDetails;
import net.genvoice.payment.control.Money;
import net.genvoice.platform.error.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

/** What the card gateway sends, and what it refuses to send (the backstop). */
class CardPaymentGatewayTest {

  private final List<JsonObject> sent = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private RuntimeException failure;
  private final CardPaymentGateway gateway = new CardPaymentGateway();

  {
    gateway.recipientId = "card-provider";
    gateway.client =
        new CardProviderClient() {
          @Override
          public JsonObject post(String path, JsonObject body, String idempotencyKey) {
            sent.add(body);
            keys.add(idempotencyKey);
            if (failure != null) {
              throw failure;
            }
            return Json.createObjectBuilder()
                .add("token", "tok_1")
                .add("last4", "1111")
                .add("id", "auth_1")
                .add("status", "authorized")
                .build();
          }
        };
  }

  @Test
  void tokenisationSendsTheCardFieldsAndNothingElse() {
    gateway.tokenize(
        TestReleases.released("card-provider", Purpose.VERIFY_PAYMENT_METHOD, CardDetails.FIELDS));

    assertEquals(
        Set.of("number", "cvv", "expiryMonth", "expiryYear", "holderName"), sent.get(0).keySet());
    assertEquals(12, sent.get(0).getInt("expiryMonth"));
    assertEquals(2031, sent.get(0).getInt("expiryYear"));
  }

  @Test
  void aReleaseThatPermitsMoreThanTheCallSendsIsRefusedBeforeAnyCall() {
    Set<DisclosableField> more = new HashSet<>(CardDetails.FIELDS);
    more.add(DisclosableField.CUSTOMER_EMAIL);

    assertThrows(
        IllegalStateException.class,
        () ->
            gateway.tokenize(
                TestReleases.released("card-provider", Purpose.VERIFY_PAYMENT_METHOD, more)));
    assertEquals(List.of(), sent);
  }

  @Test
  void aReleaseToAnotherRecipientOrForAnotherPurposeIsRefusedBeforeAnyCall() {
    assertThrows(
        IllegalStateException.class,
        () ->
            gateway.tokenize(
                TestReleases.released(
                    "paypal", Purpose.VERIFY_PAYMENT_METHOD, CardDetails.FIELDS)));
    assertThrows(
        IllegalStateException.class,
        () ->
            gateway.authorize(
                TestReleases.released(
                    "card-provider",
                    Purpose.VERIFY_PAYMENT_METHOD,
                    Set.of(DisclosableField.PAYMENT_TOKEN)),
                new Money(1000, "USD"),
                "key-1"));
    assertEquals(List.of(), sent);
  }

  @Test
  void anAuthorisationSendsTheTokenTheAmountAndTheCallersKey() {
    gateway.authorize(
        TestReleases.released(
            "card-provider", Purpose.PROCESS_PAYMENT, Set.of(DisclosableField.PAYMENT_TOKEN)),
        new Money(1000, "USD"),
        "payment-7-authorize");

    assertEquals(Set.of("token", "amount", "currency"), sent.get(0).keySet());
    assertEquals(List.of("payment-7-authorize"), keys);
  }

  @Test
  void aRefusalIsADeclinedCardAndUnavailabilityAProviderFailure() {
    var card =
        TestReleases.released("card-provider", Purpose.VERIFY_PAYMENT_METHOD, CardDetails.FIELDS);
    failure = new PartnerRefusedException(402, "card_declined");
    assertThrows(CardDeclinedException.class, () -> gateway.tokenize(card));
    failure = new PartnerUnavailableException("timeout");
    assertThrows(ProviderUnavailableException.class, () -> gateway.tokenize(card));
  }
}
