package net.genvoice.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** P03: email addresses are kept trimmed and in lower case. */
class EmailAddressesTest {

  private final EmailAddresses emails = new EmailAddresses();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'  Jane.Doe@Example.COM ', jane.doe@example.com",
    "jane+calls@mail.example.co.uk, jane+calls@mail.example.co.uk",
    "o'brien@example.ie, o'brien@example.ie",
    "a_b-c@sub-domain.example.org, a_b-c@sub-domain.example.org",
    "x@x.io, x@x.io",
    "user@example.xn--p1ai, user@example.xn--p1ai",
    "1234@123.example.net, 1234@123.example.net"
  })
  void normalisesValidAddresses(String raw, String expected) {
    assertEquals(Optional.of(expected), emails.normalise(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "plainaddress",
        "@example.com",
        "jane@",
        "jane@localhost",
        "jane@@example.com",
        "jane@doe@example.com",
        "jane doe@example.com",
        "jane@exa mple.com",
        ".jane@example.com",
        "jane.@example.com",
        "ja..ne@example.com",
        "jane@-example.com",
        "jane@example-.com",
        "jane@example..com",
        "jane@example.com.",
        "jane@example.c",
        "jane@example.123",
        "jane@exa_mple.com",
        "jane@[192.168.0.1]",
        "\"jane doe\"@example.com",
        "jöne@example.com"
      })
  void rejectsInvalidAddresses(String raw) {
    assertEquals(Optional.empty(), emails.normalise(raw));
  }

  @Test
  void rejectsNull() {
    assertEquals(Optional.empty(), emails.normalise(null));
  }

  @Test
  void limitsTheLocalPartTo64AndTheAddressTo254Characters() {
    String local64 = "a".repeat(64);
    assertEquals(Optional.of(local64 + "@example.com"), emails.normalise(local64 + "@example.com"));
    assertEquals(Optional.empty(), emails.normalise("a" + local64 + "@example.com"));

    String domain =
        String.join(".", "d".repeat(60), "e".repeat(60), "f".repeat(60), "g".repeat(60), "com");
    String longest = "a".repeat(254 - domain.length() - 1) + "@" + domain;
    assertEquals(254, longest.length());
    assertEquals(Optional.of(longest), emails.normalise(longest));
    assertEquals(Optional.empty(), emails.normalise("a" + longest));
  }
}
