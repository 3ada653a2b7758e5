package net.genvoice.sandbox.card;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import net.genvoice.sandbox.common.Answer;
import net.genvoice.sandbox.common.ChargeBook;
import net.genvoice.sandbox.common.JsonSandboxServlet;
import net.genvoice.sandbox.common.SandboxBehaviour.Mode;

/**
 * The card provider's API over HTTP/JSON, under {@code /card-provider/v1}: {@code POST /tokens}
 * (number, expiry, CVV, holder name: 201 with an opaque token and the last four), {@code POST
 * /verifications} (a token: a zero-amount check), {@code POST /authorizations}, {@code /captures}
 * and {@code /refunds} (honouring {@code Idempotency-Key}). Like a real provider it would keep the
 * card behind the token; this sandbox keeps no card at all. Numbers ending in 0002 are always
 * declined. {@code GET /sandbox/calls} adds the counts of authorisations, charges and refunds.
 */
@WebServlet("/card-provider/v1/*")
public class CardProviderServlet extends JsonSandboxServlet {

  private final transient ChargeBook book = new ChargeBook();

  public CardProviderServlet() {
    super("card-provider");
  }

  @Override
  protected Answer handle(String path, JsonObject body, Mode mode) {
    boolean decline = mode == Mode.DECLINE;
    return switch (path) {
      case "/tokens" -> tokenize(body, decline);
      case "/verifications" -> verify(body, decline);
      case "/authorizations" ->
          text(body, "token") == null
              ? Answer.error(400, "token is required")
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

  private static Answer tokenize(JsonObject card, boolean decline) {
    String number = text(card, "number");
    if (number == null || number.length() < 12 || text(card, "cvv") == null) {
      return Answer.error(400, "number and cvv are required");
    }
    if (decline || number.endsWith("0002")) {
      return Answer.error(402, "card_declined");
    }
    return new Answer(
        201,
        Json.createObjectBuilder()
            .add("token", "tok_" + ChargeBook.random(16))
            .add("last4", number.substring(number.length() - 4))
            .build());
  }

  private static Answer verify(JsonObject body, boolean decline) {
    if (text(body, "token") == null) {
      return Answer.error(400, "token is required");
    }
    if (decline) {
      return Answer.error(402, "card_declined");
    }
    return new Answer(200, Json.createObjectBuilder().add("status", "verified").build());
  }
}
