package net.genvoice.customerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.ServerLog;
import org.junit.jupiter.api.Test;

/**
 * P03, P26, P27: after a sign-up with a known test card and password, neither the card number, nor
 * the CVV, nor the password is found in any table of the database, the server log, or any cookie
 * the server set.
 */
class NoSecretsAnywhereIT {

  private static final String CARD = "5555 5555 5555 4444";
  private static final String CARD_DIGITS = "5555555555554444";
  private static final String CVV = "739";

  @Test
  void cardNumberCvvAndPasswordAreKeptNowhere() throws SQLException {
    Http http = new Http();
    Customer grace = new Customer();
    List<String> cookies = new ArrayList<>();

    HttpResponse<String> created =
        http.postJson("/api/v1/customers", grace.signUp(Customer.card(CARD, CVV)).build());
    assertEquals(201, created.statusCode(), created.body());
    cookies.addAll(created.headers().allValues("Set-Cookie"));
    grace.withToken();
    HttpResponse<String> me = grace.get("/api/v1/me");
    cookies.addAll(me.headers().allValues("Set-Cookie"));
    cookies.addAll(http.get("/").headers().allValues("Set-Cookie"));
    assertTrue(me.body().contains("4444"), "the last four digits are kept: " + me.body());

    List<Database.Cell> cells = Database.dump();
    assertTrue(
        cells.stream().anyMatch(cell -> grace.email.equals(cell.value())),
        "the dump reads the new customer");
    for (Database.Cell cell : cells) {
      String value = cell.value() == null ? "" : cell.value();
      String digits = value.replaceAll("[ -]", "");
      assertTrue(!digits.contains(CARD_DIGITS), "card number in " + cell);
      assertTrue(
          !value.equals(CVV) && !value.matches("(?i).*cvv\\W{0,5}" + CVV + ".*"), "CVV in " + cell);
      assertTrue(!value.contains(Customer.PASSWORD), "password in " + cell);
    }

    String log = ServerLog.text();
    assertTrue(!log.replaceAll("[ -]", "").contains(CARD_DIGITS), "card number in the server log");
    assertTrue(
        !Pattern.compile("(?i)cvv\\W{0,5}" + CVV).matcher(log).find(), "CVV in the server log");
    assertTrue(!log.contains(Customer.PASSWORD), "password in the server log");
    assertTrue(!log.contains(grace.token()), "bearer token in the server log");

    for (String cookie : cookies) {
      assertTrue(
          !cookie.replaceAll("[ -]", "").contains(CARD_DIGITS), "card number in cookie " + cookie);
      String value = cookie.replaceFirst("^[^=]*=", "").replaceFirst(";.*$", "");
      assertTrue(
          !value.equals(CVV) && !cookie.toLowerCase().contains("cvv"), "CVV in cookie " + cookie);
      assertTrue(!cookie.contains(Customer.PASSWORD), "password in cookie " + cookie);
    }
  }
}
