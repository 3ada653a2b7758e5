package net.genvoice.sandbox.card;

import static net.genvoice.sandbox.SandboxJson.answer;
import static net.genvoice.sandbox.SandboxJson.error;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The card provider's tokenisation API over HTTP/JSON: {@code POST /card-provider/v1/tokens} with
 * number, expiry and CVV answers 201 with an opaque token and the last four digits; {@code GET/PUT
 * /card-provider/v1/sandbox/behaviour} reads or switches how it answers. Like a real provider it
 * keeps the card and hands back a token; this sandbox keeps nothing at all. Numbers ending in 0002
 * are always declined.
 *
 * <p>A plain servlet rather than JAX-RS on purpose: the sandboxes are not GenVoice's API, and
 * Payara's /openapi would otherwise mix their document into GenVoice's.
 */
@WebServlet("/card-provider/v1/*")
public class CardProviderServlet extends HttpServlet {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SandboxBehaviour behaviour;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/tokens".equals(request.getPathInfo())) {
      answer(response, 404, error("no such resource"));
      return;
    }
    JsonObject card;
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      card = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      answer(response, 400, error("malformed JSON"));
      return;
    }
    String number = card.getString("number", null);
    if (number == null || card.getString("cvv", null) == null) {
      answer(response, 400, error("number and cvv are required"));
      return;
    }
    if (!behave(response)) {
      return;
    }
    if (behaviour.mode() == SandboxBehaviour.Mode.DECLINE || number.endsWith("0002")) {
      answer(response, 402, error("card_declined"));
      return;
    }
    byte[] token = new byte[16];
    RANDOM.nextBytes(token);
    answer(
        response,
        201,
        Json.createObjectBuilder()
            .add("token", "tok_" + HexFormat.of().formatHex(token))
            .add("last4", number.substring(number.length() - 4))
            .build());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/sandbox/behaviour".equals(request.getPathInfo())) {
      answer(response, 404, error("no such resource"));
      return;
    }
    answer(response, 200, mode());
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/sandbox/behaviour".equals(request.getPathInfo())) {
      answer(response, 404, error("no such resource"));
      return;
    }
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      String mode = reader.readObject().getString("mode");
      behaviour.switchTo(SandboxBehaviour.Mode.valueOf(mode.toUpperCase(Locale.ROOT)));
    } catch (JsonException | IllegalStateException | NullPointerException | ClassCastException e) {
      answer(response, 400, error("send {\"mode\": \"approve|decline|slow|fail|timeout\"}"));
      return;
    } catch (IllegalArgumentException e) {
      answer(response, 400, error("unknown mode; approve, decline, slow, fail or timeout"));
      return;
    }
    answer(response, 200, mode());
  }

  /** Applies the slow, time-out and fail behaviours; false when the answer has been given. */
  private boolean behave(HttpServletResponse response) throws IOException {
    try {
      switch (behaviour.mode()) {
        case FAIL -> {
          answer(response, 503, error("sandbox: failing on purpose"));
          return false;
        }
        case TIMEOUT -> Thread.sleep(60_000);
        case SLOW -> Thread.sleep(3_000);
        default -> {}
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer(response, 503, error("sandbox: interrupted"));
      return false;
    }
  }

  private JsonObject mode() {
    return Json.createObjectBuilder()
        .add("mode", behaviour.mode().name().toLowerCase(Locale.ROOT))
        .build();
  }
}
