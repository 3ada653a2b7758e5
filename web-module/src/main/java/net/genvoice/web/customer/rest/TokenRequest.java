package net.genvoice.web.customer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Email and password, exchanged for a bearer token. {@link #toString()} never shows the password.
 */
public record TokenRequest(
    @NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {

  @Override
  public String toString() {
    return "TokenRequest[" + email + "]";
  }
}
