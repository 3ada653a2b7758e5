package net.genvoice.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import net.genvoice.systemtest.Http;

/**
 * One partner's sandbox as a test drives it: switch its behaviour, read what it saw. Every test
 * that switches a sandbox puts it back to approve.
 */
final class Sandbox {

  static final Sandbox CARD = new Sandbox("/sandbox/card-provider/v1");
  static final Sandbox PAYPAL = new Sandbox("/sandbox/paypal/v1");
  static final Sandbox FRAUD = new Sandbox("/sandbox/fraud-service/v1");
  static final Sandbox CREDIT = new Sandbox("/sandbox/credit-agency/v1");
  static final Sandbox DIRECTORY = new Sandbox("/sandbox/directory-affiliate/v1");

  private final Http http = new Http();
  final String base;

  private Sandbox(String base) {
    this.base = base;
  }

  /** Switches to the mode for the next {@code times} calls (-1: until switched again). */
  void behave(String mode, int times) {
    HttpResponse<String> switched =
        http.putJson(
            base + "/sandbox/behaviour",
            Json.createObjectBuilder().add("mode", mode).add("times", times).build());
    assertEquals(200, switched.statusCode(), switched.body());
  }

  void approve() {
    behave("approve", -1);
  }

  /** What the sandbox counted: calls, lastFields, and for providers authorizations and charges. */
  JsonObject stats() {
    return Http.json(http.get(base + "/sandbox/calls"));
  }

  int count(String what) {
    return stats().getInt(what);
  }

  List<String> lastFields() {
    return stats().getJsonArray("lastFields").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
