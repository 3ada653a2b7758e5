package net.genvoice.web.communication.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import net.genvoice.identity.boundary.Roles;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.web.portal.Caller;

/**
 * The staff member on a marketing page. web.xml already limits /staff/area/marketing/* to the
 * marketing role; the pages ask again before they change anything.
 */
@RequestScoped
public class MarketingCaller {

  /** Shown at the top of the page if a page is ever reached without the marketing role. */
  static class NotMarketingStaffException extends BusinessException {
    NotMarketingStaffException() {
      super(Kind.FORBIDDEN, "forbidden", "Only marketing staff work with campaigns and lists.");
    }
  }

  @Inject SecurityContext security;
  @Inject Caller caller;

  public String id() {
    if (!security.isCallerInRole(Roles.MARKETING)) {
      throw new NotMarketingStaffException();
    }
    return caller.id();
  }
}
