package net.genvoice.web.staff.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Username and password, exchanged for a staff bearer token; never shows the password. */
public record StaffTokenRequest(
    @NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 128) String password) {

  @Override
  public String toString() {
    return "StaffTokenRequest[" + username + "]";
  }
}
