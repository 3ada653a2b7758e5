package net.genvoice.disclosure.ledger.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import net.genvoice.disclosure.ledger.entity.EntryType;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;

/**
 * What a customer sees of their own ledger: every release, with the outcome of its call; not the
 * denials (audit records for the compliance officer, nothing was disclosed) and not a release made
 * under a legal request whose non-disclosure order still runs. Such an entry appears by itself on
 * the order's end date (UTC), with nothing to update.
 */
public final class DisclosureVisibility {

  private DisclosureVisibility() {}

  /**
   * @param nonDisclosureUntil the end date of each legal request's non-disclosure order, by the
   *     legal request's id (the request id of the releases made under it)
   */
  public static boolean visibleToCustomer(
      LedgerEntry entry, Map<String, LocalDate> nonDisclosureUntil, Instant now) {
    if (entry.type() != EntryType.RELEASE) {
      return false;
    }
    LocalDate until = entry.requestId() == null ? null : nonDisclosureUntil.get(entry.requestId());
    return until == null || !LocalDate.ofInstant(now, ZoneOffset.UTC).isBefore(until);
  }
}
