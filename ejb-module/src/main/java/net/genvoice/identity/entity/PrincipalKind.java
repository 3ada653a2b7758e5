package net.genvoice.identity.entity;

/** Customers and staff are different kinds of principal and never share a role. */
public enum PrincipalKind {
  CUSTOMER,
  STAFF
}
