package net.genvoice.disclosure.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/** A test-only caller whose own transaction rolls back after it asked for a release. */
@Stateless
public class RollingBackCaller {

  @EJB Disclosures disclosures;
  @Resource SessionContext context;

  public Release authorizeThenRollBack(ReleaseCommand command) {
    Release release = disclosures.authorize(command);
    context.setRollbackOnly();
    return release;
  }
}
