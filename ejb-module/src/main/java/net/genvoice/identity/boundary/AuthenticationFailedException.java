package net.genvoice.identity.boundary;

import net.genvoice.platform.error.BusinessException;

/** Wrong login name or password; deliberately says not which, so no email can be probed. */
public class AuthenticationFailedException extends BusinessException {

  public AuthenticationFailedException() {
    super(Kind.UNAUTHENTICATED, "invalid-credentials", "The email or password is not correct.");
  }
}
