package net.genvoice.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void tokensAreLongRandomAndUrlSafe() {
    String first = Secrets.newToken();
    String second = Secrets.newToken();
    assertNotEquals(first, second);
    assertEquals(43, first.length());
    assertTrue(first.matches("[A-Za-z0-9_-]+"));
  }

  @Test
  void storedDigestRevealsNeitherTokenNorEmail() {
    String token = Secrets.newToken();
    String digest = Secrets.sha256(token);
    assertEquals(64, digest.length());
    assertFalse(digest.contains(token));
    String key = Secrets.loginKey("Alice@Example.com ");
    assertEquals(Secrets.loginKey("alice@example.com"), key);
    assertFalse(key.contains("alice"));
  }
}
