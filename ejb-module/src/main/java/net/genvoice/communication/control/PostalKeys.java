package net.genvoice.communication.control;

/**
 * P12: the key by which a direct-mail suppression matches a postal address: {@code
 * COUNTRY|POSTALCODE|LINE1}, upper case, trimmed, the postal code without spaces. It is computed by
 * the database, from the customer table, both when a suppression is written and when the audience
 * is matched against it, so the two can never disagree.
 */
public final class PostalKeys {

  /** The key of {@code customer c}'s address, in SQL that H2 and MySQL/MariaDB share. */
  public static final String OF_CUSTOMER =
      "CONCAT(UPPER(TRIM(c.address_country)), '|', UPPER(REPLACE(c.address_postal_code, ' ', '')),"
          + " '|', UPPER(TRIM(c.address_line1)))";

  private PostalKeys() {}
}
