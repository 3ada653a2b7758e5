package net.genvoice.customerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad sign-up gets an RFC 9457 problem naming the field, and leaves nothing written: no
 * customer, no payment method, no token.
 */
class SignUpBadInputIT {

  private final Http http = new Http();

  static Stream<Arguments> badSignUps() {
    return Stream.of(
        bad("invalid email", "email", b -> b.add("email", "not-an-email")),
        bad("invalid phone", "phone", b -> b.add("phone", "call me maybe")),
        bad("missing name", "name", b -> b.add("name", "")),
        bad("oversized name", "name", b -> b.add("name", "x".repeat(201))),
        bad("missing address", "address", b -> b.addNull("address")),
        bad("weak password", "password", b -> b.add("password", "password1234")),
        bad("short password", "password", b -> b.add("password", "Sh0rt!")),
        bad(
            "Discover card",
            "paymentMethod.number",
            b -> b.add("paymentMethod", Customer.card("6011 1111 1111 1117", "123"))),
        bad(
            "Luhn failure",
            "paymentMethod.number",
            b -> b.add("paymentMethod", Customer.card("4111 1111 1111 1112", "123"))),
        bad(
            "expired card",
            "paymentMethod.expiryYear",
            b ->
                b.add(
                    "paymentMethod",
                    Customer.card("4111 1111 1111 1111", "123").add("expiryYear", 2020))),
        bad(
            "Amex with 3-digit CVV",
            "paymentMethod.cvv",
            b -> b.add("paymentMethod", Customer.card("3782 822463 10005", "123"))),
        bad(
            "unknown payment type",
            "paymentMethod.type",
            b -> b.add("paymentMethod", Json.createObjectBuilder().add("type", "cash"))),
        bad(
            "declined by the provider",
            "paymentMethod.number",
            b -> b.add("paymentMethod", Customer.card("4000 0000 0000 0002", "123"))));
  }

  private static Arguments bad(String name, String field, UnaryOperator<JsonObjectBuilder> change) {
    return Arguments.of(name, field, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSignUps")
  void badSignUpIsRefusedBesideTheFieldAndWritesNothing(
      String name, String field, UnaryOperator<JsonObjectBuilder> change) throws SQLException {
    Customer ada = new Customer();
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/customers",
            change.apply(ada.signUp(Customer.card("4111 1111 1111 1111", "123"))).build());
    assertEquals(400, response.statusCode(), name + ": " + response.body());
    assertProblem(response);
    JsonObject problem = Http.json(response);
    assertTrue(
        problem.getJsonArray("errors").stream()
            .map(error -> error.asJsonObject().getString("field"))
            .anyMatch(field::equals),
        name + ": expected an error for " + field + " in " + problem);
    assertNothingWrittenFor(ada.email);
  }

  @Test
  void duplicateEmailIsAConflictAndWritesNothingMore() throws SQLException {
    Customer ada = new Customer().signedUp();
    HttpResponse<String> again =
        http.postJson(
            "/api/v1/customers",
            ada.signUp(Customer.card("5555 5555 5555 4444", "123"))
                .add("email", ada.email.toUpperCase())
                .build());
    assertEquals(409, again.statusCode(), again.body());
    assertProblem(again);
    assertEquals("email-taken", Http.json(again).getString("code"));
    assertEquals(1, count("select count(*) from customer where email = '" + ada.email + "'"));
    assertEquals(
        1,
        count(
            "select count(*) from payment_method p join customer c on c.id = p.customer_id where c.email = '"
                + ada.email
                + "'"));
  }

  @Test
  void malformedJsonWrongContentTypeAndOversizedBodiesAreProblems() {
    HttpResponse<String> malformed = raw("application/json", "{\"name\": \"Ada\", ");
    assertEquals(400, malformed.statusCode());
    assertProblem(malformed);
    assertEquals("malformed-json", Http.json(malformed).getString("code"));

    HttpResponse<String> plain = raw("text/plain", "name=Ada");
    assertEquals(415, plain.statusCode());
    assertProblem(plain);

    HttpResponse<String> huge =
        raw("application/json", "{\"name\": \"" + "x".repeat(70_000) + "\"}");
    assertEquals(413, huge.statusCode());
    assertProblem(huge);

    HttpResponse<String> empty = raw("application/json", "");
    assertEquals(400, empty.statusCode());
    assertProblem(empty);
  }

  private HttpResponse<String> raw(String contentType, String body) {
    return http.send(
        HttpRequest.newBuilder(SystemUnderTest.uri("/api/v1/customers"))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static void assertProblem(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/problem+json"), "Content-Type " + type);
    assertTrue(
        !response.body().contains("Exception") && !response.body().contains("\tat "),
        response.body());
  }

  private static void assertNothingWrittenFor(String email) throws SQLException {
    assertEquals(0, count("select count(*) from customer where email = '" + email + "'"));
  }

  private static long count(String sql) throws SQLException {
    try (var connection = Database.connect();
        var statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
