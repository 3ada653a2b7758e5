package net.genvoice.communication.boundary;

import net.genvoice.platform.error.BusinessException;

/** No such campaign or do-not-call entry. */
public class NoSuchRecordException extends BusinessException {

  public NoSuchRecordException(String what) {
    super(Kind.NOT_FOUND, "not-found", "No such " + what + ".");
  }
}
