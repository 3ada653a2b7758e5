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
 * Approving, it scores low and names what it could not check, except that an email or PayPal
 * account beginning with "review" is sent to review (score 60); declining, it scores 95 and
 * rejects.
 */
@WebServlet("/fraud-service/v1/*")
public class FraudServiceServlet extends JsonSandboxServlet {

  private static final Set<String> SUBJECTS = Set.of("sign-up", "payment-method");

  /** An email or PayPal account beginning with this is sent to review while approving. */
  static final String REVIEW = "review";

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
    } else if (startsWith(body, "email", REVIEW) || startsWith(body, "paypalAccount", REVIEW)) {
      score = 60;
      recommendation = "review";
      reasons.add("manual-review-advised");
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

  private static boolean startsWith(JsonObject body, String field, String prefix) {
    String value = text(body, field);
    return value != null && value.toLowerCase(java.util.Locale.ROOT).startsWith(prefix);
  }
}
