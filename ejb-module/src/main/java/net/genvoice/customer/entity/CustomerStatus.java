package net.genvoice.customer.entity;

/** Whether a customer may sign in. A removed seat closes the seat holder's account. */
public enum CustomerStatus {
  ACTIVE,
  CLOSED
}
