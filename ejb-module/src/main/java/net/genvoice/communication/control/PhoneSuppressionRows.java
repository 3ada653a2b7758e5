package net.genvoice.communication.control;

/**
 * P12, issue 3: the statements of {@code phone_suppression}, one row per telephone number on either
 * do-not-call list (GenVoice's own, with the expiry of its entry; the national registry), so that
 * the telemarketing audience makes one primary-key lookup per customer instead of one in each list.
 * The table is derived: {@code do_not_call_entry} and {@code national_registry_number} stay the
 * lists (an entry kept five years, then purged; each registry import with its date, replacing the
 * one before) and the send-time check reads them, not this table. Whatever changes a list refreshes
 * the number's row, or the whole table, in the same transaction ({@code DoNotCallEntries}, {@code
 * NationalRegistryImports}); {@link #DERIVE} rebuilds it from the lists alone. The expiry is kept,
 * not applied: an expired entry stops holding at once, as in the list, not at the purge. SQL that
 * H2 (MODE=MySQL) and MySQL/MariaDB share; no Jakarta EE API, so the benchmark uses it too.
 */
public final class PhoneSuppressionRows {

  private static final String NUMBERS =
      "SELECT p.phone, MAX(p.until) AS do_not_call_until, MAX(p.registry) = 1 AS in_registry"
          + " FROM (SELECT d.phone, d.expires_at AS until, 0 AS registry FROM do_not_call_entry d%s"
          + " UNION ALL SELECT n.phone, NULL, 1 FROM national_registry_number n%s) p"
          + " GROUP BY p.phone";

  private static final String INSERT =
      "INSERT INTO phone_suppression (phone, do_not_call_until, in_national_registry) ";

  /** Empties the table before {@link #DERIVE}. */
  public static final String CLEAR = "DELETE FROM phone_suppression";

  /** Fills an empty table from both lists. */
  public static final String DERIVE = INSERT + String.format(NUMBERS, "", "");

  /** Parameter: the number. Removes its row before {@link #DERIVE_ONE}. */
  public static final String CLEAR_ONE = "DELETE FROM phone_suppression WHERE phone = ?";

  /** Parameters: the number, twice. Writes its row from both lists, none if it is on neither. */
  public static final String DERIVE_ONE =
      INSERT + String.format(NUMBERS, " WHERE d.phone = ?", " WHERE n.phone = ?");

  /**
   * How far the table and the lists disagree: zero whenever the table is right. Counted from each
   * list into the table (an entry whose row is missing or has another expiry, a registry number
   * whose row is missing or not flagged), then the table's expiries and flags against the lists'
   * sizes (so no row keeps an entry or a number that is gone), and rows on neither list.
   */
  public static final String DISAGREEMENTS =
      "SELECT (SELECT COUNT(*) FROM do_not_call_entry d"
          + " LEFT JOIN phone_suppression s ON s.phone = d.phone WHERE s.phone IS NULL"
          + " OR s.do_not_call_until IS NULL OR s.do_not_call_until <> d.expires_at)"
          + " + (SELECT COUNT(*) FROM national_registry_number n"
          + " LEFT JOIN phone_suppression s ON s.phone = n.phone"
          + " WHERE s.phone IS NULL OR s.in_national_registry = FALSE)"
          + " + ABS((SELECT COUNT(*) FROM phone_suppression WHERE do_not_call_until IS NOT NULL)"
          + " - (SELECT COUNT(*) FROM do_not_call_entry))"
          + " + ABS((SELECT COUNT(*) FROM phone_suppression WHERE in_national_registry = TRUE)"
          + " - (SELECT COUNT(*) FROM national_registry_number))"
          + " + (SELECT COUNT(*) FROM phone_suppression"
          + " WHERE do_not_call_until IS NULL AND in_national_registry = FALSE)";

  private PhoneSuppressionRows() {}
}
