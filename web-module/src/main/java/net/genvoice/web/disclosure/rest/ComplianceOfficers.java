package net.genvoice.web.disclosure.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import net.genvoice.identity.boundary.Roles;

/** The compliance area's own check, behind web.xml's constraint on /api/v1/staff/compliance/*. */
final class ComplianceOfficers {

  private ComplianceOfficers() {}

  /** The caller's staff id, when the caller is a compliance officer. */
  static String require(SecurityContext caller) {
    if (caller.getUserPrincipal() == null || !caller.isUserInRole(Roles.COMPLIANCE_OFFICER)) {
      throw new ForbiddenException("Only compliance officers reach the compliance area.");
    }
    return caller.getUserPrincipal().getName();
  }
}
