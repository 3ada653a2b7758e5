package net.genvoice.sandbox.paypal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.genvoice.sandbox.common.Answer;
import net.genvoice.sandbox.common.ChargeBook;
import net.genvoice.sandbox.common.JsonSandboxServlet;
import net.genvoice.sandbox.common.SandboxBehaviour.Mode;

/**
 * The PayPal-style provider's API over HTTP/JSON, under {@code /paypal/v1}: {@code POST
 * /account-verifications} (an account email: verified, with the provider's payer id), {@code POST
 * /authorizations} (a payer id or the account email), {@code /captures} and {@code /refunds},
 * honouring {@code Idempotency-Key}. Accounts at {@code unverified.example} are never verified.
 */
@WebServlet("/paypal/v1/*")
public class PayPalServlet extends JsonSandboxServlet {

  private final transient ChargeBook book = new ChargeBook();

  public PayPalServlet() {
    super("paypal");
  }

  @Override
  protected Answer handle(String path, JsonObject body, Mode mode) {
    boolean decline = mode == Mode.DECLINE;
    return switch (path) {
      case "/account-verifications" -> verify(body, decline);
      case "/authorizations" ->
          text(body, "payerId") == null && text(body, "email") == null
              ? Answer.error(400, "payerId or email is required")
              : book.authorize(body, decline);
      case "/captures" -> book.capture(body);
      case "/refunds" -> book.refund(body);
      default -> null;
    };
  }

  @Override
  protected void describe(JsonObjectBuilder stats) {
    book.describe(stats);
  }

  private static Answer verify(JsonObject body, boolean decline) {
    String email = text(body, "email");
    if (email == null || !email.contains("@")) {
      return Answer.error(400, "email is required");
    }
    if (decline || email.endsWith("@unverified.example")) {
      return Answer.error(422, "account_not_verified");
    }
    String payerId =
        "PAYER-"
            + UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8))
                .toString()
                .substring(0, 13)
                .toUpperCase(java.util.Locale.ROOT);
    return new Answer(
        200, Json.createObjectBuilder().add("status", "verified").add("payerId", payerId).build());
  }
}
