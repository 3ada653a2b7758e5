package net.genvoice.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import net.genvoice.identity.control.Secrets;
import net.genvoice.identity.entity.AccessToken;
import net.genvoice.identity.entity.PrincipalKind;
import net.genvoice.identity.entity.TokenPurpose;

/** P27: issues, resolves and revokes opaque tokens; stores only their SHA-256. */
@Stateless
public class AccessTokens {

  public static final Duration API_TOKEN_LIFETIME = Duration.ofHours(12);
  public static final Duration REMEMBER_ME_LIFETIME = Duration.ofDays(30);

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public IssuedToken issue(String principalId, PrincipalKind kind, TokenPurpose purpose) {
    return issue(principalId, kind, Set.of(), purpose);
  }

  /**
   * A token for a signed-in principal. Company-directory staff have no row of their own, so the
   * roles the directory gave them are kept with the token, for its lifetime only.
   */
  public IssuedToken issue(SignedIn principal, TokenPurpose purpose) {
    boolean directory = principal.id().startsWith(Authentication.DIRECTORY_PREFIX);
    return issue(
        principal.id(), principal.kind(), directory ? principal.roles() : Set.of(), purpose);
  }

  private IssuedToken issue(
      String principalId, PrincipalKind kind, Set<String> directoryRoles, TokenPurpose purpose) {
    Instant now = clock.instant();
    Instant expiresAt =
        now.plus(purpose == TokenPurpose.API ? API_TOKEN_LIFETIME : REMEMBER_ME_LIFETIME);
    String token = Secrets.newToken();
    em.persist(
        new AccessToken(
            Secrets.sha256(token), principalId, kind, directoryRoles, purpose, now, expiresAt));
    return new IssuedToken(token, expiresAt);
  }

  public Optional<TokenHolder> resolve(String token, TokenPurpose purpose) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    AccessToken stored = em.find(AccessToken.class, Secrets.sha256(token));
    if (stored == null || stored.purpose() != purpose || !stored.isLiveAt(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(
        new TokenHolder(stored.principalId(), stored.principalKind(), stored.directoryRoles()));
  }

  /** Revokes one token; unknown tokens are ignored, so revocation is idempotent. */
  public void revoke(String token) {
    if (token == null || token.isBlank()) {
      return;
    }
    AccessToken stored = em.find(AccessToken.class, Secrets.sha256(token));
    if (stored != null) {
      stored.revoke(clock.instant());
    }
  }

  public void revokeAll(String principalId, TokenPurpose purpose) {
    Instant now = clock.instant();
    em.createNamedQuery(AccessToken.LIVE_OF, AccessToken.class)
        .setParameter("principal", principalId)
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(token -> token.revoke(now));
  }
}
