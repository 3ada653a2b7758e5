package net.genvoice.integration.inbound.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  private static String basic(String raw) {
    return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsAtTheFirstColonSoASecretMayHoldColons() {
    BasicCredentials credentials =
        BasicCredentials.parse(basic("demo-affiliate:a:b")).orElseThrow();
    assertEquals("demo-affiliate", credentials.partnerId());
    assertEquals("a:b", credentials.secret());
    assertFalse(credentials.toString().contains("a:b"), "the secret is never printed");
  }

  @Test
  void refusesWhatIsNotBasicAuthentication() {
    assertTrue(BasicCredentials.parse(null).isEmpty());
    assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
    assertTrue(BasicCredentials.parse("Basic !!!not-base64").isEmpty());
    assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
    assertTrue(BasicCredentials.parse(basic(":secret-without-user")).isEmpty());
    assertTrue(BasicCredentials.parse(basic("p:" + "x".repeat(600))).isEmpty(), "too long");
  }
}
