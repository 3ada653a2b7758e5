package net.genvoice.integration.payment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import net.genvoice.payment.control.Money;
import net.genvoice.payment.control.ProviderReceipt;

/** The JSON of the payment calls that card and PayPal providers share. */
final class PaymentCalls {

  private PaymentCalls() {}

  static JsonObject authorization(JsonObjectBuilder instrument, Money amount) {
    return instrument.add("amount", amount.minorUnits()).add("currency", amount.currency()).build();
  }

  static JsonObject capture(JsonObjectBuilder instrument, String authorizationId, Money amount) {
    return instrument
        .add("authorization", authorizationId)
        .add("amount", amount.minorUnits())
        .add("currency", amount.currency())
        .build();
  }

  static JsonObject refund(JsonObjectBuilder instrument, String chargeId, Money amount) {
    return instrument
        .add("charge", chargeId)
        .add("amount", amount.minorUnits())
        .add("currency", amount.currency())
        .build();
  }

  static ProviderReceipt receipt(JsonObject answer) {
    return new ProviderReceipt(answer.getString("id"), answer.getString("status", "unknown"));
  }

  static JsonObjectBuilder empty() {
    return Json.createObjectBuilder();
  }
}
