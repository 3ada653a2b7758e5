package net.genvoice.identity.boundary;

import java.time.Instant;

/** A token as handed to its holder once; GenVoice keeps only its hash. */
public record IssuedToken(String token, Instant expiresAt) {

  @Override
  public String toString() {
    return "IssuedToken[expiresAt=" + expiresAt + "]";
  }
}
