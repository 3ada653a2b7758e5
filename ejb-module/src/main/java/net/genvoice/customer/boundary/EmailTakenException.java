package net.genvoice.customer.boundary;

import java.util.Map;
import net.genvoice.platform.error.BusinessException;

/** An account with this email exists already. */
public class EmailTakenException extends BusinessException {

  public EmailTakenException() {
    super(Kind.CONFLICT, "email-taken", "An account with this email address exists already.");
  }

  @Override
  public Map<String, String> fieldErrors() {
    return Map.of("email", getMessage());
  }
}
