package net.genvoice.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * P03: passwords are kept only as Jakarta Security PBKDF2 hashes (HMAC-SHA512, 210,000 iterations,
 * a random 32-byte salt per password). {@link #matches} costs the same whether or not an account
 * exists.
 */
@ApplicationScoped
public class Passwords {

  @Inject Pbkdf2PasswordHash hash;

  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = hash.generate("decoy password that matches nothing".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /**
   * Compares a password with a stored hash; with no hash (no such account) it spends the same time.
   */
  public boolean matches(String password, String storedHash) {
    if (password == null) {
      return false;
    }
    boolean valid = hash.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
    return storedHash != null && valid;
  }
}
