package net.genvoice.directory.control;

import net.genvoice.platform.error.BusinessException;

/** The directory affiliate refused the listing. */
public class DirectoryListingRefusedException extends BusinessException {

  public DirectoryListingRefusedException() {
    super(Kind.CONFLICT, "directory-listing-refused", "The directory refused the listing");
  }
}
