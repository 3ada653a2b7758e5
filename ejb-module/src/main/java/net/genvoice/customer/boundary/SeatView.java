package net.genvoice.customer.boundary;

import net.genvoice.customer.entity.Customer;

/** P01: a seat holder as the paying customer sees them. */
public record SeatView(String customerId, String name, String email, String phone) {

  static SeatView of(Customer seatHolder) {
    return new SeatView(seatHolder.id(), seatHolder.name(), seatHolder.email(), seatHolder.phone());
  }
}
