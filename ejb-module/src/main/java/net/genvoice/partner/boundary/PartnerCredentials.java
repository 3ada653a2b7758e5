package net.genvoice.partner.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.identity.control.Secrets;
import net.genvoice.partner.control.PartnerIds;
import net.genvoice.partner.control.RegisteredRecipients;
import net.genvoice.partner.entity.PartnerAuditEvent;
import net.genvoice.partner.entity.PartnerChannel;
import net.genvoice.partner.entity.PartnerCredential;

/**
 * Partners' credentials, each tied to one entry of the recipient registry (P19, P23). The
 * compliance officer issues, rotates and deactivates them; a secret is 256 random bits, shown once
 * and stored only as its SHA-256 (a slow hash adds nothing against a secret that cannot be guessed,
 * and would cost every partner call a tenth of a second). Every refused authentication is recorded.
 */
@Stateless
public class PartnerCredentials {

  /** Who changed a credential when no staff member did: the development seed. */
  public static final String SYSTEM = "system";

  static final int RECENT = 200;

  @PersistenceContext EntityManager em;
  @EJB PartnerAudit accessLog;
  @Inject RegisteredRecipients recipients;

  Clock clock = Clock.systemUTC();

  /**
   * A credential for a new partner, tied to a registered recipient.
   *
   * @throws net.genvoice.platform.error.InvalidInputException for a malformed id or an unregistered
   *     recipient (nothing written)
   * @throws PartnerExistsException when the partner has a credential already
   */
  public IssuedCredentialView issue(PartnerCommand command, String issuedBy) {
    FieldErrors errors = new FieldErrors();
    if (command == null) {
      errors.add("partnerId", "Required");
      errors.throwIfAny();
    }
    if (!PartnerIds.isValid(command.partnerId())) {
      errors.add(
          "partnerId",
          "3 to 64 lower-case letters, digits and inner hyphens, such as directory-affiliate");
    }
    if (!recipients.isRegistered(command.recipientId())) {
      errors.add("recipientId", "Not an active recipient of the recipient registry");
    }
    errors.throwIfAny();
    if (em.find(PartnerCredential.class, command.partnerId()) != null) {
      throw new PartnerExistsException(command.partnerId());
    }
    return issueAs(command.partnerId(), command.recipientId(), Secrets.newToken(), issuedBy);
  }

  /**
   * A credential with a secret chosen by the caller: only for the clearly marked development seed.
   */
  public IssuedCredentialView issueAs(
      String partnerId, String recipientId, String secret, String issuedBy) {
    Instant now = clock.instant();
    em.persist(new PartnerCredential(partnerId, recipientId, hashOf(secret), now, issuedBy));
    return new IssuedCredentialView(partnerId, recipientId, secret, now);
  }

  /** A new secret for the partner; the old one stops working at once. */
  public IssuedCredentialView rotate(String partnerId, String rotatedBy) {
    PartnerCredential credential = existing(partnerId);
    String secret = Secrets.newToken();
    Instant now = clock.instant();
    credential.rotate(hashOf(secret), now, rotatedBy);
    return new IssuedCredentialView(partnerId, credential.recipientId(), secret, now);
  }

  /** The partner can no longer call; rotating issues it a new secret and activates it again. */
  public PartnerView deactivate(String partnerId, String by) {
    PartnerCredential credential = existing(partnerId);
    credential.deactivate(clock.instant(), by);
    return PartnerView.of(credential);
  }

  public List<PartnerView> all() {
    return em
        .createNamedQuery(PartnerCredential.ALL, PartnerCredential.class)
        .getResultList()
        .stream()
        .map(PartnerView::of)
        .toList();
  }

  /** The latest {@value #RECENT} refused partner calls of the partner audit, newest first. */
  public List<PartnerRefusalView> recentRefusals() {
    return em
        .createNamedQuery(PartnerAuditEvent.LATEST, PartnerAuditEvent.class)
        .setMaxResults(RECENT)
        .getResultList()
        .stream()
        .map(PartnerRefusalView::of)
        .toList();
  }

  public Optional<PartnerView> find(String partnerId) {
    return Optional.ofNullable(
            partnerId == null ? null : em.find(PartnerCredential.class, partnerId))
        .map(PartnerView::of);
  }

  /**
   * The partner these credentials authenticate, or empty; every refusal (no credentials, an unknown
   * partner, a wrong secret, a deactivated credential) is recorded with the id the caller claimed.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<PartnerCaller> authenticate(
      String partnerId, String secret, PartnerChannel channel, String remoteAddress) {
    PartnerCredential credential =
        PartnerIds.isValid(partnerId) ? em.find(PartnerCredential.class, partnerId) : null;
    // the digest is computed whether or not the partner exists: no timing tells which ids exist
    byte[] presented = hashOf(secret == null ? "" : secret).getBytes(StandardCharsets.US_ASCII);
    boolean valid =
        credential != null
            && credential.isActive()
            && secret != null
            && MessageDigest.isEqual(
                presented, credential.secretHash().getBytes(StandardCharsets.US_ASCII));
    if (!valid) {
      accessLog.refused(partnerId, channel, "unauthenticated", null, remoteAddress);
      return Optional.empty();
    }
    return Optional.of(new PartnerCaller(credential.partnerId(), credential.recipientId()));
  }

  private PartnerCredential existing(String partnerId) {
    PartnerCredential credential =
        PartnerIds.isValid(partnerId) ? em.find(PartnerCredential.class, partnerId) : null;
    if (credential == null) {
      throw new PartnerNotFoundException();
    }
    return credential;
  }

  static String hashOf(String secret) {
    return Secrets.sha256("partner:" + secret);
  }
}
