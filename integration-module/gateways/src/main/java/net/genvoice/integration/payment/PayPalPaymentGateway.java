package net.genvoice.integration.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.ReleasedData;
import net.genvoice.integration.partner.JsonPayload;
import net.genvoice.integration.partner.PartnerFailures;
import net.genvoice.integration.partner.PartnerRefusedException;
import net.genvoice.payment.control.Money;
import net.genvoice.payment.control.PayPalAccountNotVerifiedException;
import net.genvoice.payment.control.PayPalGateway;
import net.genvoice.payment.control.PaymentDeclinedException;
import net.genvoice.payment.control.ProviderReceipt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PayPal-style provider over its REST API ({@link PayPalClient}). Like the card gateway, each
 * call checks its release first and sends only the released account (P20, P23).
 */
@Stateless
public class PayPalPaymentGateway implements PayPalGateway {

  static final String PROVIDER = "PayPal payment provider";
  static final JsonPayload ACCOUNT =
      JsonPayload.naming(Map.of(DisclosableField.PAYPAL_ACCOUNT, "email"));

  @Inject PayPalClient client;

  @Inject
  @ConfigProperty(name = "genvoice.payment.paypal.recipient", defaultValue = "paypal")
  String recipientId;

  @Override
  public String recipientId() {
    return recipientId;
  }

  @Override
  public String verifyAccount(ReleasedData account, String idempotencyKey) {
    account.requireFor(recipientId, Purpose.VERIFY_PAYMENT_METHOD, ACCOUNT.fields(), Set.of());
    try {
      return client
          .post("account-verifications", ACCOUNT.of(account).build(), idempotencyKey)
          .getString("payerId");
    } catch (PartnerRefusedException e) {
      throw new PayPalAccountNotVerifiedException();
    } catch (RuntimeException e) {
      throw unavailableOr(e);
    }
  }

  @Override
  public ProviderReceipt authorize(ReleasedData instrument, Money amount, String idempotencyKey) {
    return pay(
        "authorizations", PaymentCalls.authorization(account(instrument), amount), idempotencyKey);
  }

  @Override
  public ProviderReceipt capture(
      ReleasedData instrument, String authorizationId, Money amount, String idempotencyKey) {
    return pay(
        "captures",
        PaymentCalls.capture(account(instrument), authorizationId, amount),
        idempotencyKey);
  }

  @Override
  public ProviderReceipt refund(
      ReleasedData instrument, String chargeId, Money amount, String idempotencyKey) {
    return pay(
        "refunds", PaymentCalls.refund(account(instrument), chargeId, amount), idempotencyKey);
  }

  private jakarta.json.JsonObjectBuilder account(ReleasedData instrument) {
    instrument.requireFor(recipientId, Purpose.PROCESS_PAYMENT, ACCOUNT.fields(), Set.of());
    return ACCOUNT.of(instrument);
  }

  private ProviderReceipt pay(String path, JsonObject body, String idempotencyKey) {
    try {
      return PaymentCalls.receipt(client.post(path, body, idempotencyKey));
    } catch (PartnerRefusedException e) {
      throw new PaymentDeclinedException(e.error());
    } catch (RuntimeException e) {
      throw unavailableOr(e);
    }
  }

  private static RuntimeException unavailableOr(RuntimeException e) {
    return PartnerFailures.isUnavailability(e) ? PartnerFailures.unavailable(PROVIDER, e) : e;
  }
}
