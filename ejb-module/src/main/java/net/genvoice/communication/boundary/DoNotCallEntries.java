package net.genvoice.communication.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import net.genvoice.communication.control.E164Numbers;
import net.genvoice.communication.control.PhoneSuppressions;
import net.genvoice.communication.entity.DoNotCallEntry;
import net.genvoice.platform.error.InvalidInputException;

/**
 * P12: GenVoice's own do-not-call list, kept by marketing staff. A number is added on request, in
 * E.164 only, and kept five years from the latest request; {@link DoNotCallPurge} deletes what has
 * expired (and an expired entry no longer holds even before the purge). Telemarketing never calls a
 * number on the list, neither when the audience is computed nor when the call is placed. Every
 * change refreshes the number's row of the derived {@code phone_suppression} table in the same
 * transaction (issue 3: the audience reads that table; the send-time check reads the list).
 */
@Stateless
public class DoNotCallEntries {

  static final int LIST_LIMIT = 500;
  private static final Logger LOG = Logger.getLogger(DoNotCallEntries.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PhoneSuppressions suppressions;

  Clock clock = Clock.systemUTC();

  /** Adds the number, or renews its five years if it is listed already. */
  public DoNotCallEntryView add(String staffId, @NotNull @Valid DoNotCallCommand command) {
    String phone = command.phone().strip();
    if (!E164Numbers.isValid(phone)) {
      throw InvalidInputException.of("phone", "Not " + E164Numbers.RULE + ".");
    }
    String note =
        command.note() == null || command.note().isBlank() ? null : command.note().strip();
    Instant now = clock.instant();
    Optional<DoNotCallEntry> listed = byPhone(phone);
    if (listed.isPresent()) {
      listed.get().renew(note, now);
      em.flush();
      suppressions.refresh(phone);
      return DoNotCallEntryView.of(listed.get(), true);
    }
    DoNotCallEntry entry = new DoNotCallEntry(phone, note, staffId, now);
    em.persist(entry);
    em.flush();
    suppressions.refresh(phone);
    return DoNotCallEntryView.of(entry, false);
  }

  /**
   * The current entries, latest request first (at most {@value #LIST_LIMIT}); narrowed to numbers
   * containing the given digits when there are any.
   */
  public List<DoNotCallEntryView> entries(String phoneContains) {
    String digits = phoneContains == null ? "" : phoneContains.replaceAll("[^0-9+]", "");
    return em.createNamedQuery(DoNotCallEntry.CURRENT, DoNotCallEntry.class)
        .setParameter("now", clock.instant())
        .setParameter("phone", "%" + digits + "%")
        .setMaxResults(LIST_LIMIT)
        .getResultStream()
        .map(entry -> DoNotCallEntryView.of(entry, false))
        .toList();
  }

  /** Takes a number off the list (an entry made in error, a request revoked). */
  public void remove(String staffId, String entryId) {
    DoNotCallEntry entry = entryId == null ? null : em.find(DoNotCallEntry.class, entryId);
    if (entry == null) {
      throw new NoSuchRecordException("do-not-call entry");
    }
    em.remove(entry);
    em.flush();
    suppressions.refresh(entry.phone());
    LOG.info(() -> "Do-not-call entry " + entryId + " removed by staff " + staffId);
  }

  /** Deletes every entry whose five years have passed; returns how many. */
  public int purgeExpired() {
    int purged =
        em.createNamedQuery(DoNotCallEntry.PURGE)
            .setParameter("now", clock.instant())
            .executeUpdate();
    if (purged > 0) {
      suppressions.rebuild();
    }
    return purged;
  }

  private Optional<DoNotCallEntry> byPhone(String phone) {
    return em.createNamedQuery(DoNotCallEntry.BY_PHONE, DoNotCallEntry.class)
        .setParameter("phone", phone)
        .getResultStream()
        .findFirst();
  }
}
