package net.genvoice.web.staff.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new staff account: its one-time password is replaced at the first sign-in. Never shows the
 * password.
 */
public record StaffMemberRequest(
    @NotBlank @Size(max = 100) String username,
    @NotBlank @Size(max = 200) String displayName,
    @NotBlank @Size(max = 128) String password,
    @NotEmpty @Size(max = 4) List<@NotBlank @Size(max = 30) String> roles) {

  @Override
  public String toString() {
    return "StaffMemberRequest[" + username + ", " + roles + "]";
  }
}
