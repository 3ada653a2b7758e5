package net.genvoice.customer.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A correction of the profile: only the fields given change. Changing the email needs the current
 * password.
 */
public record ProfileCorrection(
    @Size(min = 1, max = 200) String name,
    @Size(min = 1, max = 30) String phone,
    @Valid AddressCommand address,
    @Size(min = 3, max = 254) String email,
    @Size(max = 128) String currentPassword) {

  @Override
  public String toString() {
    return "ProfileCorrection[fields given]";
  }
}
