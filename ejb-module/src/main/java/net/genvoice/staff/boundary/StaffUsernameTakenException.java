package net.genvoice.staff.boundary;

import java.util.Map;
import net.genvoice.platform.error.BusinessException;

/** A staff account with this username exists already. */
public class StaffUsernameTakenException extends BusinessException {

  public StaffUsernameTakenException() {
    super(Kind.CONFLICT, "username-taken", "A staff account with this username exists already.");
  }

  @Override
  public Map<String, String> fieldErrors() {
    return Map.of("username", getMessage());
  }
}
