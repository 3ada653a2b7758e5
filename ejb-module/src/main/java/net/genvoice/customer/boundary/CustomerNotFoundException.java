package net.genvoice.customer.boundary;

import net.genvoice.platform.error.BusinessException;

/** No such customer, seat or payment method for the caller. */
public class CustomerNotFoundException extends BusinessException {

  public CustomerNotFoundException(String what) {
    super(Kind.NOT_FOUND, "not-found", "No such " + what + ".");
  }
}
