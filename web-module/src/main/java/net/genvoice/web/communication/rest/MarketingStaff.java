package net.genvoice.web.communication.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import net.genvoice.identity.boundary.Roles;

/**
 * The marketing area's caller. web.xml already limits {@code /api/v1/staff/marketing/*} to the
 * marketing role; the resources check again, so a mapping mistake cannot open them.
 */
final class MarketingStaff {

  private MarketingStaff() {}

  static String idOf(SecurityContext caller) {
    if (caller.getUserPrincipal() == null || !caller.isUserInRole(Roles.MARKETING)) {
      throw new ForbiddenException(
          "Only marketing staff work with campaigns and do-not-call lists.");
    }
    return caller.getUserPrincipal().getName();
  }
}
