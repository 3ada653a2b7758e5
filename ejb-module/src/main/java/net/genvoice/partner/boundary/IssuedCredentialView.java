package net.genvoice.partner.boundary;

import java.time.Instant;

/**
 * A credential just issued or rotated: the only time its secret is ever shown. The partner sends
 * {@code partnerId} and {@code secret} as the username and password of HTTP Basic authentication.
 */
public record IssuedCredentialView(
    String partnerId, String recipientId, String secret, Instant issuedAt) {}
