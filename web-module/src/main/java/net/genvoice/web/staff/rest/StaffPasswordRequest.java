package net.genvoice.web.staff.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A staff member replaces their password; never shows either password. */
public record StaffPasswordRequest(
    @NotBlank @Size(max = 100) String username,
    @NotBlank @Size(max = 128) String currentPassword,
    @NotBlank @Size(max = 128) String newPassword) {

  @Override
  public String toString() {
    return "StaffPasswordRequest[" + username + "]";
  }
}
