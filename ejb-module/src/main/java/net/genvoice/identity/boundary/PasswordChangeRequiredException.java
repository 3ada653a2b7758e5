package net.genvoice.identity.boundary;

import net.genvoice.platform.error.BusinessException;

/**
 * A staff member who still holds a one-time password asked for an API token: the password must be
 * replaced first ({@code PUT /api/v1/auth/staff-password} or the staff area's password page).
 */
public class PasswordChangeRequiredException extends BusinessException {

  public PasswordChangeRequiredException() {
    super(
        Kind.FORBIDDEN,
        "password-change-required",
        "This password is one-time: replace it before using the API.");
  }
}
