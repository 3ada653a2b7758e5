package net.genvoice.sandbox.common;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment provider's authorisations, captures (the charges) and refunds, counted so that a test
 * can read back that a retried payment charged once. An authorisation is captured at most once; a
 * refund never exceeds its charge.
 */
public final class ChargeBook {

  private static final SecureRandom RANDOM = new SecureRandom();

  private record Authorization(long amount, String currency) {}

  private final Map<String, Authorization> authorizations = new ConcurrentHashMap<>();
  private final Map<String, Long> charges = new ConcurrentHashMap<>();
  private final Map<String, String> captured = new ConcurrentHashMap<>();
  private final AtomicInteger refunds = new AtomicInteger();

  /** POST .../authorizations {instrument field, amount, currency}. */
  public Answer authorize(JsonObject body, boolean decline) {
    Long amount = amount(body);
    String currency = body.getString("currency", null);
    if (amount == null || currency == null) {
      return Answer.error(400, "amount and currency are required");
    }
    if (decline) {
      return Answer.error(402, "payment_declined");
    }
    String id = "auth_" + random(12);
    authorizations.put(id, new Authorization(amount, currency));
    return new Answer(
        201,
        Json.createObjectBuilder()
            .add("id", id)
            .add("status", "authorized")
            .add("amount", amount)
            .add("currency", currency)
            .build());
  }

  /** POST .../captures {authorization, amount}: the charge. */
  public synchronized Answer capture(JsonObject body) {
    Authorization authorization = authorizations.get(body.getString("authorization", ""));
    Long amount = amount(body);
    if (authorization == null || amount == null || amount > authorization.amount()) {
      return Answer.error(422, "unknown authorization or amount above it");
    }
    String authorizationId = body.getString("authorization");
    if (captured.containsKey(authorizationId)) {
      return Answer.error(409, "authorization already captured");
    }
    String id = "ch_" + random(12);
    charges.put(id, amount);
    captured.put(authorizationId, id);
    return new Answer(
        201,
        Json.createObjectBuilder()
            .add("id", id)
            .add("status", "captured")
            .add("amount", amount)
            .build());
  }

  /** POST .../refunds {charge, amount}. */
  public synchronized Answer refund(JsonObject body) {
    Long charge = charges.get(body.getString("charge", ""));
    Long amount = amount(body);
    if (charge == null || amount == null || amount > charge) {
      return Answer.error(422, "unknown charge or amount above it");
    }
    charges.put(body.getString("charge"), charge - amount);
    refunds.incrementAndGet();
    return new Answer(
        201,
        Json.createObjectBuilder()
            .add("id", "re_" + random(12))
            .add("status", "refunded")
            .add("amount", amount)
            .build());
  }

  public void describe(JsonObjectBuilder stats) {
    stats
        .add("authorizations", authorizations.size())
        .add("charges", charges.size())
        .add("refunds", refunds.get());
  }

  private static Long amount(JsonObject body) {
    return body.get("amount") instanceof JsonNumber number && number.longValue() > 0
        ? number.longValue()
        : null;
  }

  /** Random hex digits, two per byte, for the ids a provider hands out. */
  public static String random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
