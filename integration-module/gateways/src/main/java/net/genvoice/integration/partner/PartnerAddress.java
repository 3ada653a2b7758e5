package net.genvoice.integration.partner;

import java.util.Optional;

/**
 * Where a partner is: its configured URL, or by default its sandbox under {@code
 * genvoice.sandbox.base-url} (the default run's loopback sandboxes).
 */
public final class PartnerAddress {

  private PartnerAddress() {}

  public static String of(Optional<String> configured, String sandboxBaseUrl, String sandboxPath) {
    return configured
        .filter(url -> !url.isBlank())
        .orElseGet(() -> sandboxBaseUrl.replaceAll("/+$", "") + sandboxPath);
  }
}
