package net.genvoice.customer.boundary;

import java.time.Instant;
import java.util.List;
import net.genvoice.customer.entity.Customer;
import net.genvoice.customer.entity.PostalAddress;

/**
 * The customer's own profile, with masked payment methods. Never carries a password hash or token.
 */
public record CustomerView(
    String id,
    String name,
    String email,
    String phone,
    AddressCommand address,
    String payerId,
    List<PaymentMethodView> paymentMethods,
    Instant createdAt) {

  static CustomerView of(Customer customer) {
    return new CustomerView(
        customer.id(),
        customer.name(),
        customer.email(),
        customer.phone(),
        address(customer.address()),
        customer.payer() == null ? null : customer.payer().id(),
        customer.paymentMethods().stream().map(PaymentMethodView::of).toList(),
        customer.createdAt());
  }

  static AddressCommand address(PostalAddress address) {
    return address == null
        ? null
        : new AddressCommand(
            address.line1(),
            address.line2(),
            address.city(),
            address.region(),
            address.postalCode(),
            address.country());
  }
}
