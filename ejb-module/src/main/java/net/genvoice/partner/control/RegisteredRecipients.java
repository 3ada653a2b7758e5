package net.genvoice.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.genvoice.disclosure.registry.control.RegistrySnapshots;

/**
 * P23: whether a partner credential may be tied to a recipient: an active entry of the registry as
 * the policy engine reads it.
 */
@ApplicationScoped
public class RegisteredRecipients {

  @Inject RegistrySnapshots registry;

  public boolean isRegistered(String recipientId) {
    return recipientId != null
        && recipientId.length() <= 100
        && registry.current().registration(recipientId).isPresent();
  }
}
