package net.genvoice.platform.error;

/**
 * An external partner did not answer in time or answered with an error; nothing was kept of the
 * attempt.
 */
public class ProviderUnavailableException extends BusinessException {

  public ProviderUnavailableException(String provider) {
    super(
        Kind.UNAVAILABLE,
        "provider-unavailable",
        "The " + provider + " is not available at the moment; please try again later.");
  }
}
