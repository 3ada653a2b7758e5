package net.genvoice.sandbox.fraud;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Set;
import net.genvoice.sandbox.common.Answer;
import net.genvoice.sandbox.common.ChargeBook;
import net.genvoice.sandbox.common.JsonSandboxServlet;
import net.genvoice.sandbox.common.SandboxBehaviour.Mode;

/**
 * The fraud-prevention service's API over HTTP/JSON: {@code POST /fraud-service/v1/screenings} with
 * a {@code subject} ("sign-up" or "payment-method") and whatever identifying fields the caller may
 * send answers a risk score (0-100), a recommendation (accept, review, reject) and the reasons.
 * Approving, it scores low and names what it could not check; declining, it scores 95 and rejects.
 */
@WebServlet("/fraud-service/v1/*")
public class FraudServiceServlet extends JsonSandboxServlet {

  private static final Set<String> SUBJECTS = Set.of("sign-up", "payment-method");

  public FraudServiceServlet() {
    super("fraud-service");
  }

  @Override
  protected Answer handle(String path, JsonObject body, Mode mode) {
    if (!"/screenings".equals(path)) {
      return null;
    }
    if (!SUBJECTS.contains(String.valueOf(text(body, "subject")))) {
      return Answer.error(400, "subject must be sign-up or payment-method");
    }
    JsonArrayBuilder reasons = Json.createArrayBuilder();
    int score;
    String recommendation;
    if (mode == Mode.DECLINE) {
      score = 95;
      recommendation = "reject";
      reasons.add("identity-mismatch").add("velocity-exceeded");
    } else {
      score = 10;
      recommendation = "accept";
      if (!body.containsKey("ipAddress")) {
        score += 5;
        reasons.add("no-device-data");
      }
      if (!body.containsKey("email")) {
        reasons.add("no-email-to-check");
      }
    }
    return new Answer(
        200,
        Json.createObjectBuilder()
            .add("screeningId", "scr_" + ChargeBook.random(12))
            .add("score", score)
            .add("recommendation", recommendation)
            .add("reasons", reasons)
            .build());
  }
}
