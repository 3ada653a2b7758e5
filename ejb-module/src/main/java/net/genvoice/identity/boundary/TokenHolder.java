package net.genvoice.identity.boundary;

import java.util.Set;
import net.genvoice.identity.entity.PrincipalKind;

/**
 * Who a live token belongs to. {@code directoryRoles}: for company-directory staff only, the roles
 * the directory gave them when the token was issued; empty for everyone else.
 */
public record TokenHolder(String principalId, PrincipalKind kind, Set<String> directoryRoles) {

  public TokenHolder {
    directoryRoles = Set.copyOf(directoryRoles);
  }
}
