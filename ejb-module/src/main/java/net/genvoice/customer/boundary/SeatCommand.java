package net.genvoice.customer.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * P01: a person the customer buys service for. They become a customer with their own login; without
 * an address of their own, the paying customer's address is used.
 */
public record SeatCommand(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 254) String email,
    @NotBlank @Size(max = 30) String phone,
    @NotBlank @Size(max = 128) String password,
    @Valid AddressCommand address) {

  @Override
  public String toString() {
    return "SeatCommand[email=" + email + "]";
  }
}
