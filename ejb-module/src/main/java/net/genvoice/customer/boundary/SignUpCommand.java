package net.genvoice.customer.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** P03: what an account is created with. {@link #toString()} never shows the password. */
public record SignUpCommand(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 254) String email,
    @NotBlank @Size(max = 30) String phone,
    @NotBlank @Size(max = 128) String password,
    @NotNull @Valid AddressCommand address,
    @NotNull @Valid PaymentMethodCommand paymentMethod) {

  @Override
  public String toString() {
    return "SignUpCommand[email=" + email + "]";
  }
}
