package net.genvoice.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;
import net.genvoice.identity.boundary.Roles;

/** Who is looking at the page, for the header and the pages: anonymous, a customer or staff. */
@Named
@RequestScoped
public class Caller {

  static final List<String> STAFF_ROLES =
      List.of(Roles.SUPPORT_AGENT, Roles.MARKETING, Roles.COMPLIANCE_OFFICER, Roles.ADMINISTRATOR);

  @Inject SecurityContext security;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public boolean isCustomer() {
    return security.isCallerInRole(Roles.CUSTOMER);
  }

  public boolean isStaff() {
    return !staffRoles().isEmpty();
  }

  public boolean isAdministrator() {
    return security.isCallerInRole(Roles.ADMINISTRATOR);
  }

  /** The staff roles the caller holds, in a stable order. */
  public List<String> staffRoles() {
    return STAFF_ROLES.stream().filter(security::isCallerInRole).toList();
  }

  /** The caller's id: a customer id or a staff member id; empty when anonymous. */
  public String id() {
    return Stream.ofNullable(security.getCallerPrincipal())
        .map(Principal::getName)
        .findFirst()
        .orElse("");
  }
}
