package net.genvoice.staff.entity;

/** The staff roles. Customers hold none of them, and staff never hold the customer role. */
public enum StaffRole {
  SUPPORT_AGENT("support-agent"),
  MARKETING("marketing"),
  COMPLIANCE_OFFICER("compliance-officer"),
  ADMINISTRATOR("administrator");

  private final String roleName;

  StaffRole(String roleName) {
    this.roleName = roleName;
  }

  /** The name used in Jakarta Security role checks. */
  public String roleName() {
    return roleName;
  }
}
