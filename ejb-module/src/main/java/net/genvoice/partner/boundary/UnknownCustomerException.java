package net.genvoice.partner.boundary;

import net.genvoice.platform.error.BusinessException;

/** No active customer matches the customer id or phone number the partner named. */
public class UnknownCustomerException extends BusinessException {

  public UnknownCustomerException() {
    super(Kind.NOT_FOUND, "customer-not-found", "No active customer matches the request.");
  }
}
