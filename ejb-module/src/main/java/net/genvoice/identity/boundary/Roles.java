package net.genvoice.identity.boundary;

/**
 * The customer role. Staff roles are {@link net.genvoice.staff.entity.StaffRole}; the two never
 * overlap.
 */
public final class Roles {

  public static final String CUSTOMER = "customer";
  public static final String SUPPORT_AGENT = "support-agent";
  public static final String MARKETING = "marketing";
  public static final String COMPLIANCE_OFFICER = "compliance-officer";
  public static final String ADMINISTRATOR = "administrator";

  private Roles() {}
}
