package net.genvoice.integration.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.ReleasedData;
import net.genvoice.integration.partner.JsonPayload;
import net.genvoice.integration.partner.PartnerFailures;
import net.genvoice.integration.partner.PartnerRefusedException;
import net.genvoice.payment.control.CardDeclinedException;
import net.genvoice.payment.control.CardDetails;
import net.genvoice.payment.control.CardToken;
import net.genvoice.payment.control.Money;
import net.genvoice.payment.control.PaymentDeclinedException;
import net.genvoice.payment.control.PaymentGateway;
import net.genvoice.payment.control.ProviderReceipt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The card payment provider over its REST API ({@link CardProviderClient}: timeouts, retries with
 * one idempotency key, circuit breaker). Each call first checks that its release is for this
 * provider, for the call's purpose and with exactly the fields the call sends (the backstop behind
 * the boundary's decision, P20, P23), then sends only those. Nothing of a card is logged (P03).
 */
@Stateless
public class CardPaymentGateway implements PaymentGateway {

  static final String PROVIDER = "card payment provider";

  static final JsonPayload TOKENISATION =
      JsonPayload.naming(
          Map.of(
              DisclosableField.CARD_NUMBER, "number",
              DisclosableField.CARD_CVV, "cvv",
              DisclosableField.PAYMENT_EXPIRY, "expiry",
              DisclosableField.CARD_HOLDER_NAME, "holderName"));
  static final JsonPayload TOKEN =
      JsonPayload.naming(Map.of(DisclosableField.PAYMENT_TOKEN, "token"));

  @Inject CardProviderClient client;

  @Inject
  @ConfigProperty(name = "genvoice.payment.card.recipient", defaultValue = "card-provider")
  String recipientId;

  @Override
  public String recipientId() {
    return recipientId;
  }

  @Override
  public CardToken tokenize(ReleasedData card) {
    card.requireFor(recipientId, Purpose.VERIFY_PAYMENT_METHOD, CardDetails.FIELDS, Set.of());
    CardDetails details = CardDetails.of(card);
    JsonObject body =
        TOKENISATION
            .of(card)
            .remove("expiry")
            .add("expiryMonth", details.expiryMonth())
            .add("expiryYear", details.expiryYear())
            .build();
    JsonObject answer = call("tokens", body, UUID.randomUUID().toString(), true);
    return new CardToken(answer.getString("token"), answer.getString("last4"));
  }

  @Override
  public void verify(ReleasedData card, String idempotencyKey) {
    tokenOnly(card, Purpose.VERIFY_PAYMENT_METHOD);
    call("verifications", TOKEN.of(card).build(), idempotencyKey, true);
  }

  @Override
  public ProviderReceipt authorize(ReleasedData instrument, Money amount, String idempotencyKey) {
    tokenOnly(instrument, Purpose.PROCESS_PAYMENT);
    return PaymentCalls.receipt(
        call(
            "authorizations",
            PaymentCalls.authorization(TOKEN.of(instrument), amount),
            idempotencyKey,
            false));
  }

  @Override
  public ProviderReceipt capture(
      ReleasedData instrument, String authorizationId, Money amount, String idempotencyKey) {
    tokenOnly(instrument, Purpose.PROCESS_PAYMENT);
    return PaymentCalls.receipt(
        call(
            "captures",
            PaymentCalls.capture(TOKEN.of(instrument), authorizationId, amount),
            idempotencyKey,
            false));
  }

  @Override
  public ProviderReceipt refund(
      ReleasedData instrument, String chargeId, Money amount, String idempotencyKey) {
    tokenOnly(instrument, Purpose.PROCESS_PAYMENT);
    return PaymentCalls.receipt(
        call(
            "refunds",
            PaymentCalls.refund(TOKEN.of(instrument), chargeId, amount),
            idempotencyKey,
            false));
  }

  private void tokenOnly(ReleasedData released, Purpose purpose) {
    released.requireFor(recipientId, purpose, TOKEN.fields(), Set.of());
  }

  private JsonObject call(String path, JsonObject body, String key, boolean cardCheck) {
    try {
      return client.post(path, body, key);
    } catch (PartnerRefusedException e) {
      throw cardCheck
          ? new CardDeclinedException("the provider refused it")
          : new PaymentDeclinedException(e.error());
    } catch (RuntimeException e) {
      if (PartnerFailures.isUnavailability(e)) {
        throw PartnerFailures.unavailable(PROVIDER, e);
      }
      throw e;
    }
  }
}
