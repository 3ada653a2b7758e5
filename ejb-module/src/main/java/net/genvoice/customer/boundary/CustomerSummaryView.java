package net.genvoice.customer.boundary;

import net.genvoice.customer.entity.Customer;

/**
 * Who a customer is, for a support agent who looked them up: enough to tell that it is the person
 * on the line, nothing of their payment methods.
 */
public record CustomerSummaryView(
    String id, String name, String email, String phone, boolean seatHolder) {

  static CustomerSummaryView of(Customer customer) {
    return new CustomerSummaryView(
        customer.id(),
        customer.name(),
        customer.email(),
        customer.phone(),
        customer.isSeatHolder());
  }
}
